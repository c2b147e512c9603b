import { z } from "zod";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { TASK_CLASSES, TASK_STATUSES } from "@/lib/domain/task-class";
import { StatusUpdateFields } from "@/lib/tasks/status-update-schema";
import { AGENCY_LIST_SORTS, PAGE_SIZES, TASK_SORTS } from "@/lib/view/params";

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

const asOfParameters = [
  { name: "programme", in: "query", schema: { type: "string", example: "36a" } },
  { name: "quarter", in: "query", schema: { type: "string", pattern: "^\\d{4}-Q[1-4]$", example: "2017-Q1" } },
  { name: "date", in: "query", schema: { type: "string", format: "date" } },
];
const list = (name: string, values: readonly string[]) => ({ name, in: "query", schema: { type: "string" }, description: `Comma-separated: ${values.join(", ")}` });

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "openapi-3.0" });

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "Theo dõi Chính phủ điện tử — API",
      version: "1.0.0",
      description:
        "Read tasks, agencies and quarter summaries, and report a task's status. Authenticate with the browser session or with `Authorization: Bearer <token>` (tokens are created on the profile page and carry their owner's rights). Errors are application/problem+json. Answers are in Vietnamese unless `Accept-Language: en`.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      "/tasks": {
        get: {
          summary: "Tasks, filtered, sorted and paged as in the task table",
          parameters: [
            ...asOfParameters,
            { name: "agency", in: "query", schema: { type: "string" }, description: "Comma-separated agency codes, e.g. BTC" },
            list("kind", AGENCY_KINDS),
            list("status", TASK_STATUSES),
            list("class", TASK_CLASSES),
            { name: "overdue", in: "query", schema: { type: "string", enum: ["1", "0"] } },
            { name: "from", in: "query", schema: { type: "string", format: "date" } },
            { name: "to", in: "query", schema: { type: "string", format: "date" } },
            { name: "q", in: "query", schema: { type: "string", maxLength: 200 }, description: "Search, diacritics ignored" },
            { name: "sort", in: "query", schema: { type: "string", enum: [...TASK_SORTS] } },
            { name: "dir", in: "query", schema: { type: "string", enum: ["asc", "desc"] } },
            { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
            { name: "size", in: "query", schema: { type: "integer", enum: [...PAGE_SIZES] } },
          ],
          responses: {
            200: { description: "One page of tasks", content: { "application/json": { schema: { $ref: "#/components/schemas/TaskPage" } } } },
            400: problemResponse("A malformed parameter (named in invalidParams)"),
            401: problemResponse("No session and no valid token"),
            429: problemResponse("Too many requests; see Retry-After"),
          },
        },
      },
      "/tasks/{code}": {
        get: {
          summary: "One task with its version and full history",
          parameters: [{ name: "code", in: "path", required: true, schema: { type: "string", example: "36A-13" } }],
          responses: { 200: { description: "The task" }, 401: problemResponse("Not authenticated"), 404: problemResponse("No such task") },
        },
      },
      "/tasks/{code}/status": {
        patch: {
          summary: "Report a task's status, with note and evidence (a completion needs evidence)",
          parameters: [{ name: "code", in: "path", required: true, schema: { type: "string", example: "36A-13" } }],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/StatusChange" } } } },
          responses: {
            200: { description: "Saved; the task's new version", content: { "application/json": { schema: { type: "object", properties: { code: { type: "string" }, version: { type: "integer" } } } } } },
            400: problemResponse("The body is not a JSON object"),
            401: problemResponse("Not authenticated"),
            403: problemResponse("The caller may not change this task, or a cross-origin request with a session"),
            404: problemResponse("No such task"),
            409: problemResponse("The version sent is stale; `current` shows the task as it is now"),
            413: problemResponse("The body is too large"),
            422: problemResponse("A field is invalid; `errors` names each field"),
            429: problemResponse("Too many requests"),
          },
        },
      },
      "/agencies": {
        get: {
          summary: "Every agency with its figures",
          parameters: [...asOfParameters, list("kind", AGENCY_KINDS), { name: "sort", in: "query", schema: { type: "string", enum: [...AGENCY_LIST_SORTS] } }, { name: "dir", in: "query", schema: { type: "string", enum: ["asc", "desc"] } }],
          responses: { 200: { description: "Agencies" }, 400: problemResponse("A malformed parameter"), 401: problemResponse("Not authenticated") },
        },
      },
      "/quarters": {
        get: {
          summary: "Each quarter with its state and completion figures",
          parameters: [asOfParameters[0]],
          responses: { 200: { description: "Quarters, oldest first" }, 401: problemResponse("Not authenticated") },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Problem: schema(Problem), TaskRow: schema(TaskRow), TaskPage: schema(TaskPage), StatusChange: schema(StatusChange) },
    },
  };
}
