import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "./database-url";

export type DatabaseState =
  | { kind: "ready"; file: string }
  | { kind: "missing"; file: string }
  | { kind: "unmigrated"; file: string; pending: string[] }
  | { kind: "unreadable"; file: string; message: string };

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
 * Whether the database exists and has every migration of this build applied. Opens the file read-only
 * so that asking never creates an empty database.
 */
export function checkDatabase(url: string | undefined = process.env.DATABASE_URL): DatabaseState {
  const file = databaseFile(url);
  if (!fs.existsSync(file)) return { kind: "missing", file };
  let connection: Database.Database | undefined;
  try {
    connection = new Database(file, { readonly: true, fileMustExist: true });
    const hasTable = connection
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    const applied = new Set<string>(
      hasTable
        ? connection
            .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
            .all()
            .map((row) => (row as { name: string }).name)
        : [],
    );
    const pending = migrationNames().filter((name) => !applied.has(name));
    return pending.length === 0 ? { kind: "ready", file } : { kind: "unmigrated", file, pending };
  } catch (error) {
    return { kind: "unreadable", file, message: error instanceof Error ? error.message : String(error) };
  } finally {
    connection?.close();
  }
}
