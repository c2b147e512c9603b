import { createHash, randomBytes } from "node:crypto";
import pg from "pg";

// The browser tests' own database (scripts/e2e.ts): read to check what a request wrote, or did not.
let pool: pg.Pool | null = null;
function database(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.E2E_DATABASE_URL, max: 2 });
  return pool;
}

/** Rows of a query on the test database (audit entries, sessions, sign-in attempts), with $1… parameters. */
export async function rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
  return (await database().query(sql, params)).rows as T[];
}

/** A task's row and history count: equal before and after means a request changed nothing. */
export async function taskState(code: string) {
  const [task] = await rows<{ id: string; status: string; version: number; completedOn: string | null }>(`SELECT "id", "status", "version", "completedOn" FROM "Task" WHERE "code" = $1`, code);
  const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "TaskStatusChange" WHERE "taskId" = $1`, task.id);
  return { ...task, history: n };
}

/** An API token for a demo user, written as the profile page would (only its hash is stored). */
export async function tokenFor(username: string): Promise<string> {
  const token = `t36a_${randomBytes(32).toString("base64url")}`;
  await rows(`INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix") VALUES ($1, $2, $3, $4, $5)`, `tok-${randomBytes(6).toString("hex")}`, `user-${username}`, "e2e", createHash("sha256").update(token).digest("hex"), token.slice(0, 11));
  return token;
}

export async function lastNote(code: string): Promise<string | null> {
  const [row] = await rows<{ note: string | null }>(`SELECT h."note" AS note FROM "TaskStatusChange" h JOIN "Task" t ON t."id" = h."taskId" WHERE t."code" = $1 ORDER BY h."changedAt" DESC LIMIT 1`, code);
  return row?.note ?? null;
}

/** A quarter's state, its requested reports and its frozen record; null when it was never opened. */
export async function periodState(year: string, quarter: string) {
  const [period] = await rows<{ id: string; state: string; assignedCount: number | null; completedCount: number | null }>(
    `SELECT "id", "state", "assignedCount", "completedCount" FROM "ReportingPeriod" WHERE "year" = $1 AND "quarter" = $2`, Number(year), Number(quarter));
  if (!period) return null;
  const count = async (table: string) => (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "periodId" = $1`, period.id))[0].n;
  return { state: period.state, assignedCount: period.assignedCount, completedCount: period.completedCount, reports: await count("AgencyReport"), records: await count("PeriodTaskRecord") };
}
