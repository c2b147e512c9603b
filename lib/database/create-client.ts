import fs from "node:fs";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFile } from "./database-url";
import { oneAtATimeFactory } from "./one-at-a-time";

/** How long a writer waits for another writer's lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

export class DatabaseMissingError extends Error {
  constructor(readonly file: string) {
    super(`No database file at ${file}. Run: npm run db:migrate`);
    this.name = "DatabaseMissingError";
  }
}

/**
 * A Prisma client on the SQLite file named by `url`. It never creates the file: a missing database is
 * an error that names the command to run, not a silent empty database.
 */
export function createPrismaClient(url: string | undefined = process.env.DATABASE_URL): PrismaClient {
  const file = databaseFile(url);
  if (!fs.existsSync(file)) throw new DatabaseMissingError(file);
  useWriteAheadLog(file);
  const adapter = oneAtATimeFactory(new PrismaBetterSQLite3({ url: file, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }));
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => {
    queriesRun += 1;
  });
  return client as unknown as PrismaClient;
}

// Counted so that a test can show a page's query count does not grow with the number of tasks.
let queriesRun = 0;

/** Queries run by every client of this process so far. */
export function queryCount(): number {
  return queriesRun;
}

// WAL lets readers go on while one writer writes; the mode is stored in the file, so setting it on
// every open is cheap and also covers files created by other tools.
function useWriteAheadLog(file: string): void {
  const connection = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    connection.pragma("journal_mode = WAL");
  } finally {
    connection.close();
  }
}
