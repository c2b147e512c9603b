import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";

// The browser tests' own database (scripts/e2e.ts): read to check what a request wrote, or did not.
function open() {
  const url = process.env.E2E_DATABASE_URL ?? "";
  return new Database(url.replace(/^file:/, ""), { fileMustExist: true, timeout: 5_000 });
}

/** A task's row and history count: equal before and after means a request changed nothing. */
export function taskState(code: string) {
  const db = open();
  try {
    const task = db.prepare(`SELECT "id", "status", "version", "completedOn" FROM "Task" WHERE "code" = ?`).get(code) as { id: string; status: string; version: number };
    const { n } = db.prepare(`SELECT COUNT(*) AS n FROM "TaskStatusChange" WHERE "taskId" = ?`).get(task.id) as { n: number };
    return { ...task, history: n };
  } finally {
    db.close();
  }
}

/** An API token for a demo user, written as the profile page would (only its hash is stored). */
export function tokenFor(username: string): string {
  const token = `t36a_${randomBytes(32).toString("base64url")}`;
  const db = open();
  try {
    db.prepare(`INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix") VALUES (?, ?, ?, ?, ?)`).run(
      `tok-${randomBytes(6).toString("hex")}`,
      `user-${username}`,
      "e2e",
      createHash("sha256").update(token).digest("hex"),
      token.slice(0, 11),
    );
  } finally {
    db.close();
  }
  return token;
}

export function lastNote(code: string): string | null {
  const db = open();
  try {
    const row = db
      .prepare(`SELECT h."note" AS note FROM "TaskStatusChange" h JOIN "Task" t ON t."id" = h."taskId" WHERE t."code" = ? ORDER BY h."changedAt" DESC LIMIT 1`)
      .get(code) as { note: string | null } | undefined;
    return row?.note ?? null;
  } finally {
    db.close();
  }
}

/** A quarter's state, its requested reports and its frozen record; null when it was never opened. */
export function periodState(year: string, quarter: string) {
  const db = open();
  try {
    const period = db.prepare(`SELECT "id", "state", "assignedCount", "completedCount" FROM "ReportingPeriod" WHERE "year" = ? AND "quarter" = ?`).get(Number(year), Number(quarter)) as
      | { id: string; state: string; assignedCount: number | null; completedCount: number | null }
      | undefined;
    if (!period) return null;
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE "periodId" = ?`).get(period.id) as { n: number }).n;
    return { state: period.state, assignedCount: period.assignedCount, completedCount: period.completedCount, reports: count("AgencyReport"), records: count("PeriodTaskRecord") };
  } finally {
    db.close();
  }
}

/** Rows of a read-only query on the test database (audit entries, sessions, sign-in attempts). */
export function rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  const db = open();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
