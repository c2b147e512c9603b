// Property-based fuzzing of the whole JSON API, driven by its own OpenAPI document: for every
// operation, random valid and invalid parameters and bodies, from every kind of caller. Whatever is
// sent: never a 5xx, every 4xx is problem+json with its status, and a refused request changes no row.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { rows, tokenFor } from "./support/database";
import { send, signInFrom } from "./support/from";

type JsonSchema = { type?: string; enum?: string[]; pattern?: string; format?: string; minimum?: number; maximum?: number; minLength?: number; maxLength?: number; nullable?: boolean; properties?: Record<string, JsonSchema>; required?: string[]; $ref?: string };
type Parameter = { name: string; in: "query" | "path"; required?: boolean; schema: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

const RUNS_PER_OPERATION = 120;
const TASK_CODES = Array.from({ length: 75 }, (_, i) => `36A-${String(i + 1).padStart(2, "0")}`);

/** Everything a refusal must not touch: tasks, their history, quarters and reports, live sessions, tokens. */
async function fingerprint(): Promise<string> {
  const parts = [
    (await rows(`SELECT "id", "status", "version", "completedOn", "withdrawnOn" FROM "Task" ORDER BY "id"`)),
    (await rows(`SELECT COUNT(*) AS n FROM "TaskStatusChange"`)),
    (await rows(`SELECT "id", "state" FROM "ReportingPeriod" ORDER BY "id"`)),
    (await rows(`SELECT COUNT(*) AS n FROM "PeriodTaskRecord"`)),
    (await rows(`SELECT "id", "state", "version" FROM "AgencyReport" ORDER BY "id"`)),
    (await rows(`SELECT "id", "endedAt" IS NULL AS live FROM "Session" ORDER BY "id"`)),
    (await rows(`SELECT "id", "revokedAt" FROM "ApiToken" ORDER BY "id"`)),
    (await rows(`SELECT "id", "role", "active", "passwordHash" FROM "User" ORDER BY "id"`)),
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

const day = fc.date({ min: new Date("2015-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const badText = fc.oneof(
  fc.constantFrom("", " ", "a\ud800b", "\udc00", "x\u0000y", "\u202Eexe", "tab\tok", "\u0007", "'; DROP TABLE \"Task\"; --", "%00", "../../etc/passwd"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ minLength: 201, maxLength: 300 }),
);

/** A value the schema accepts (as far as a schema can say). */
function valid(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === "integer") return fc.integer({ min: Math.max(schema.minimum ?? -1e6, -1e6), max: Math.min(schema.maximum ?? 1e6, 50) });
  if (schema.format === "date") return day;
  if (schema.format === "uri") return fc.webUrl({ validSchemes: ["https"] }).filter((url) => url.length <= (schema.maxLength ?? 500));
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) });
}

/** A value that breaks the schema, or is merely odd. */
function invalid(schema: JsonSchema): fc.Arbitrary<unknown> {
  const wrongType = fc.oneof(fc.boolean(), fc.double(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
  if (schema.type === "integer") return fc.oneof(wrongType, fc.constantFrom("1", "0x22", "1e2", true, 0, -1, 1.5, 2 ** 60));
  if (schema.maxLength) return fc.oneof(wrongType, badText, fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 20 }));
  return fc.oneof(wrongType, badText);
}

const field = (schema: JsonSchema) => fc.oneof({ weight: 3, arbitrary: valid(schema) }, { weight: 1, arbitrary: invalid(schema) });

function body(schema: JsonSchema): fc.Arbitrary<string | Buffer> {
  const properties = Object.entries(schema.properties ?? {});
  const fields = Object.fromEntries(properties.map(([name, property]) => [name, field(property)]));
  const complete = fc.record(fields, { requiredKeys: schema.required ?? [] });
  const partial = fc.record(fields, { requiredKeys: [] });
  return fc.oneof(
    { weight: 6, arbitrary: complete.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: partial.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constantFrom("{not json", "[1,2]", "null", "42", '"text"', "", '{"note":"a\\ud800"}') },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
  );
}

function pathValue(parameter: Parameter): fc.Arbitrary<string> {
  const encoded = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((value) => {
    try {
      return encodeURIComponent(String(value));
    } catch {
      return "%ED%A0%80"; // a lone surrogate, as UTF-8 bytes no decoder accepts
    }
  });
  const known = parameter.name === "code" ? fc.constantFrom(...TASK_CODES) : fc.constant("not-a-session");
  // Percent-encoding that does not decode (a bad byte, a cut sequence, an encoded lone surrogate).
  const malformed = fc.constantFrom("%ff", "%", "%E2%80", "%ED%A0%80", "%c0%af", "36A-01%");
  return fc.oneof({ weight: 3, arbitrary: known }, { weight: 2, arbitrary: encoded(valid(parameter.schema)) }, { weight: 1, arbitrary: encoded(invalid(parameter.schema)) }, { weight: 1, arbitrary: malformed });
}

function query(parameters: Parameter[]): fc.Arbitrary<string> {
  const entries = parameters.map((parameter) => fc.option(fc.oneof({ weight: 3, arbitrary: valid(parameter.schema) }, { weight: 1, arbitrary: invalid(parameter.schema) }), { nil: undefined, freq: 2 }).map((value) => [parameter.name, value] as const));
  return fc.tuple(...entries).map((pairs) => {
    const search = new URLSearchParams();
    for (const [name, value] of pairs) if (value !== undefined) search.append(name, typeof value === "string" ? value : JSON.stringify(value));
    return search.size ? `?${search}` : "";
  });
}

/** Mostly the operation's own method; sometimes one the address does not accept (405). */
const verb = (method: string) => fc.oneof({ weight: 9, arbitrary: fc.constant(method.toUpperCase()) }, { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE") });

test("fuzz: every operation of the OpenAPI document, random valid and invalid input, from every kind of caller", async () => {
  test.setTimeout(300_000);
  const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;
  const doc = (await send("127.0.0.1", "GET", "/api/v1/openapi.json")).json() as Document;
  const session = (await signInFrom("127.0.0.60", "analyst", "Demo@36a")).cookie!;
  const tally: Record<string, number> = {};
  const findings: string[] = [];
  let sent = 0;
  let source = 60;

  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      // Each operation from an address and with tokens of its own, so that it meets no rate limit.
      const from = `127.0.0.${++source}`;
      const tokens = { analyst: (await tokenFor("analyst")), btc: (await tokenFor("btc")), leader: (await tokenFor("leader")) };
      const callers = fc.constantFrom<Record<string, string>>(
        { authorization: `Bearer ${tokens.analyst}` },
        { authorization: `Bearer ${tokens.btc}` },
        { authorization: `Bearer ${tokens.leader}` },
        { authorization: "Bearer t36a_made-up" },
        { authorization: "Basic YWRtaW46YWRtaW4=" },
        {},
        { cookie: session, origin },
        { cookie: session, origin: origin.replace("http:", "https:") },
        { cookie: session },
      );
      const parameters = operation.parameters ?? [];
      const bodySchema = operation.requestBody?.content["application/json"]?.schema;
      const resolved = bodySchema?.$ref ? doc.components.schemas[bodySchema.$ref.split("/").at(-1)!] : bodySchema;
      const pathArbitrary = fc.tuple(...parameters.filter((p) => p.in === "path").map(pathValue));
      const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "");

      await fc.assert(
        fc.asyncProperty(callers, pathArbitrary, query(parameters.filter((p) => p.in === "query")), resolved ? body(resolved) : fc.constant(undefined), contentType, verb(method), fc.constantFrom("vi", "en"), async (caller, pathValues, search, payload, type, sentMethod, language) => {
          let path = template;
          for (const value of pathValues) path = path.replace(/\{[^}]+\}/, value);
          const headers: Record<string, string> = { ...caller, "accept-language": language };
          if (payload !== undefined && type) headers["content-type"] = type;
          const before = await fingerprint();
          const answer = await send(from, sentMethod, `/api/v1${path}${search}`, { headers, body: payload });
          sent += 1;
          tally[answer.status] = (tally[answer.status] ?? 0) + 1;
          const what = `${sentMethod} ${path}${search} → ${answer.status}`;
          if (answer.status >= 500) findings.push(what);
          expect(answer.status, what).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(answer.headers["content-type"], what).toContain("application/problem+json");
            expect(answer.json(), what).toMatchObject({ status: answer.status, title: expect.any(String) });
            expect(await fingerprint(), `${what}: a refusal changed a row`).toBe(before);
          }
        }),
        { numRuns: RUNS_PER_OPERATION, seed: 3_612_017, endOnFailure: true },
      );
    }
  }
  console.log(`[fuzz] ${sent} requests; answers by status: ${JSON.stringify(tally)}; 5xx: ${findings.length}`);
  expect(findings).toEqual([]);
});
