import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type DatabaseState =
  | { kind: "ready" }
  | { kind: "unconfigured" }
  | { kind: "unreachable"; message: string }
  | { kind: "missing"; database: string }
  | { kind: "unmigrated"; pending: string[] };

/** The migrations this build ships, by folder name, oldest first. */
export function migrationNames(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Whether the database can be reached, exists and has every migration of this build applied. One
 * short-lived connection, never a write: asking never creates anything.
 */
export async function checkDatabase(url: string | undefined = process.env.DATABASE_URL): Promise<DatabaseState> {
  if (!url) return { kind: "unconfigured" };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 3D000: the server answers, but has no such database.
    if (code === "3D000") return { kind: "missing", database: new URL(url).pathname.slice(1) };
    return { kind: "unreachable", message: error instanceof Error ? error.message : String(error) };
  }
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`);
    const applied = new Set<string>(
      table.rows[0].exists
        ? (await client.query(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map((row) => row.name)
        : [],
    );
    const pending = migrationNames().filter((name) => !applied.has(name));
    return pending.length === 0 ? { kind: "ready" } : { kind: "unmigrated", pending };
  } catch (error) {
    return { kind: "unreachable", message: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => {});
  }
}
