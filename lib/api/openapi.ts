import { z } from "zod";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { TASK_CLASSES, TASK_STATUSES } from "@/lib/domain/task-class";
import { StatusUpdateFields } from "@/lib/tasks/status-update-schema";
import { TASK_CODE } from "@/lib/domain/task-code";
import { DocumentEventSchema, MAX_EVENTS_PER_BATCH } from "@/lib/interconnection/event-schema";
import { AGENCY_LIST_QUERY, PROGRAMME_QUERY, TASK_LIST_QUERY, type QuerySchema } from "@/lib/view/query-schemas";
import type { API_ROUTES, ApiPath } from "./routes";

// The API's contract, generated from zod: the request body is the very schema the server checks.

const day = z.string().meta({ format: "date", example: "2017-03-31" });

const Problem = z.object({
  type: z.string(),
  status: z.number().int(),
  title: z.string(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.object({ code: z.string(), message: z.string() }))).optional(),
  invalidParams: z.array(z.string()).optional(),
});

const TaskRow = z.object({
  code: z.string(),
  title: z.string(),
  agencyCode: z.string(),
  agencyShortName: z.string(),
  agencyName: z.string(),
  agencyKind: z.enum(AGENCY_KINDS),
  deadline: day.nullable(),
  deadlineText: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  taskClass: z.enum(TASK_CLASSES),
  completedOn: day.nullable(),
  daysOverdue: z.number().int(),
  lastUpdate: day.nullable(),
});

const TaskPage = z.object({
  programme: z.string(),
  quarter: z.string().nullable(),
  asOf: day,
  page: z.number().int(),
  pageCount: z.number().int(),
  size: z.number().int(),
  total: z.number().int(),
  data: z.array(TaskRow),
});

const StatusChange = StatusUpdateFields.omit({ taskId: true });

/** The optional fields of a body take null as "not given" (blankToUndefined): say so. */
function nullableOptionals(json: Record<string, unknown>) {
  const { properties = {}, required = [] } = json as { properties?: Record<string, object>; required?: string[] };
  for (const [name, property] of Object.entries(properties)) if (!required.includes(name)) properties[name] = { ...property, nullable: true };
  return json;
}

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "openapi-3.0" });

/** Query parameters from the very schemas the server checks them with (lib/view/query-schemas.ts). */
function queryParameters(params: QuerySchema) {
  return Object.entries(params).map(([name, rule]) => {
    const { description, ...json } = schema(rule) as { description?: string };
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: json };
  });
}

const pathParameter = (name: string, pattern: RegExp, example: string) => ({ name, in: "path", required: true, schema: { type: "string", pattern: pattern.source, example } });
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

// Answers every operation may give, besides its own.
const common = {
  401: problemResponse("No session and no valid token"),
  405: problemResponse("A method the address does not accept; see Allow"),
  429: problemResponse("Too many requests; see Retry-After"),
};

const json200 = (description: string, ref?: string) => ({
  description,
  ...(ref ? { content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } } : {}),
});

type Documented = Exclude<ApiPath, "/openapi.json">;
type Operations = { [P in Documented]: { [M in Lowercase<(typeof API_ROUTES)[P][number]>]: Record<string, unknown> } };

const operations: Operations = {
  "/tasks": {
    get: {
      summary: "Tasks, filtered, sorted and paged as in the task table",
      parameters: queryParameters(TASK_LIST_QUERY),
      responses: { 200: json200("One page of tasks", "TaskPage"), 400: problemResponse("A malformed parameter (named in invalidParams)"), 404: problemResponse("No programme"), ...common },
    },
  },
  "/tasks/{code}": {
    get: {
      summary: "One task with its version and full history",
      parameters: [pathParameter("code", TASK_CODE, "36A-13")],
      responses: { 200: json200("The task"), 404: problemResponse("No such task"), ...common },
    },
  },
  "/tasks/{code}/status": {
    patch: {
      summary: "Report a task's status, with note and evidence (a completion needs evidence)",
      parameters: [pathParameter("code", TASK_CODE, "36A-13")],
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/StatusChange" } } } },
      responses: {
        200: {
          description: "Saved; the task's new version. The same report as the task's latest (status, day, note and evidence) records nothing and answers `unchanged: true` with the current version, whatever version was sent",
          content: { "application/json": { schema: { type: "object", properties: { code: { type: "string" }, version: { type: "integer" }, unchanged: { type: "boolean" } } } } },
        },
        400: problemResponse("The body is not a JSON object"),
        403: problemResponse("The caller may not change this task, or a session's request came from another origin"),
        404: problemResponse("No such task"),
        409: problemResponse("The version sent is stale; `current` shows the task as it is now"),
        413: problemResponse("The body is larger than 256 kB"),
        415: problemResponse("The body is not sent as application/json"),
        422: problemResponse("A field is invalid (wrong type, format or length; broken Unicode; control or direction-override characters); `errors` names each field"),
        ...common,
      },
    },
  },
  "/document-events": {
    post: {
      summary:
        "An agency's document system reports status packets of QCVN 102:2016/BTTTT (01 arrived, 02 refused, 03 accepted, 04 awaiting assignment, 05 assigned, 06 finished; 13 recall; 15/16 recall accepted/refused), up to 500 a batch, only for documents its agency (or a unit under it) sends or receives. (source agency, eventId) is stored once: a resent batch, or one sent twice at once, counts once",
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/DocumentEvents" } } } },
      responses: {
        200: {
          description: "Every event recorded, or recorded before (duplicates)",
          content: { "application/json": { schema: { type: "object", properties: { accepted: { type: "integer" }, duplicates: { type: "integer" }, rejected: { type: "integer" } } } } },
        },
        400: problemResponse("The body is not a JSON object"),
        403: problemResponse("The caller is not an agency's system (an agency officer's token), or a session's request came from another origin"),
        413: problemResponse(`The body is larger than 256 kB, or the batch has more than ${MAX_EVENTS_PER_BATCH} events`),
        415: problemResponse("The body is not sent as application/json"),
        422: problemResponse(
          "Some events were refused: `errors` lists each by its index and eventId with each field's code and message (unknown agency, status code, a state out of order, not the caller's document, malformed). The other events were recorded; `accepted`, `duplicates` and `rejected` count them",
        ),
        ...common,
      },
    },
  },
  "/document-flows": {
    get: {
      summary:
        "The national axis's figures for a period (default: everything recorded): documents sent, signed and received, medians and 90th percentiles of the time from arrival to acceptance (03), assignment (05) and finish (06), stuck documents, and (for analysts, admins and leaders) every top-level agency's, lowest signed share first, 25 a page. An agency officer's token reads its own agency's figures only",
      parameters: [
        { name: "from", in: "query", required: false, schema: { type: "string", format: "date" } },
        { name: "to", in: "query", required: false, schema: { type: "string", format: "date" } },
        { name: "agency", in: "query", required: false, schema: { type: "string" }, description: "A top-level agency's code" },
        { name: "stuckDays", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 365, default: 7 } },
        { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
      ],
      responses: { 200: json200("The period's figures"), 400: problemResponse("A malformed or unknown parameter (named in invalidParams)"), 403: problemResponse("An agency officer asked for another agency"), ...common },
    },
  },
  "/agencies": {
    get: {
      summary: "Every agency with its figures",
      parameters: queryParameters(AGENCY_LIST_QUERY),
      responses: { 200: json200("Agencies"), 400: problemResponse("A malformed parameter (named in invalidParams)"), 404: problemResponse("No programme"), ...common },
    },
  },
  "/quarters": {
    get: {
      summary: "Each quarter with its state and completion figures",
      parameters: queryParameters(PROGRAMME_QUERY),
      responses: { 200: json200("Quarters, oldest first"), 400: problemResponse("A malformed parameter (named in invalidParams)"), 404: problemResponse("No programme"), ...common },
    },
  },
  "/sessions": {
    get: {
      summary: "The caller's own live sessions (signed-in browsers), most recently used first",
      responses: { 200: json200("Sessions"), ...common },
    },
  },
  "/sessions/{id}": {
    delete: {
      summary: "End one of the caller's own sessions; that browser is signed out at its next request",
      parameters: [pathParameter("id", SESSION_ID, "k3J9…")],
      responses: {
        204: { description: "Ended" },
        403: problemResponse("A session's request came from another origin"),
        404: problemResponse("No such live session among the caller's"),
        ...common,
      },
    },
  },
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "Theo dõi Chính phủ điện tử — API",
      version: "1.0.0",
      description:
        "Read tasks, agencies and quarter summaries, and report a task's status. Authenticate with the browser session or with `Authorization: Bearer <token>` (tokens are created on the profile page and carry their owner's rights). A request with a session that changes data must come from this site (Origin). Errors are application/problem+json. Answers are in Vietnamese unless `Accept-Language: en`. Every method an address does not list answers 405 with Allow.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }],
    paths: operations,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Problem: schema(Problem), TaskRow: schema(TaskRow), TaskPage: schema(TaskPage), StatusChange: nullableOptionals(schema(StatusChange)),
        DocumentEvents: schema(z.object({ events: z.array(DocumentEventSchema).min(1).max(MAX_EVENTS_PER_BATCH) })),
      },
    },
  };
}
