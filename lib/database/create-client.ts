import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgAdapterFactory } from "./pg-adapter";

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super("DATABASE_URL is not set. Start the app with npm start (or npm run demo), which starts the local database when none is named.");
    this.name = "DatabaseNotConfiguredError";
  }
}

/** Connections each app instance keeps open at most (README, "Deployment": size the server for all instances). */
export function poolSize(source: NodeJS.ProcessEnv = process.env): number {
  const size = Number(source.DATABASE_POOL_SIZE ?? 10);
  return Number.isInteger(size) && size > 0 ? size : 10;
}

/** A Prisma client on the PostgreSQL database named by `url`, through the driver adapter. */
export function createPrismaClient(url: string | undefined = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new DatabaseNotConfiguredError();
  const client = new PrismaClient({ adapter: pgAdapterFactory(url, { max: poolSize() }), log: [{ emit: "event", level: "query" }] });
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
