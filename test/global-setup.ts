import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startLocalPostgres, type LocalServer } from "../lib/database/local-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

const run = promisify(execFile);

/** The URL of `database` on the server of `url`. */
export function onDatabase(url: string, database: string): string {
  const address = new URL(url);
  address.pathname = `/${database}`;
  return address.toString();
}

/**
 * One PostgreSQL server for the run: the local one (its own cluster under .tmp, so two runs on one
 * checkout can name their own with VITEST_DB_DIR), or the server TEST_DATABASE_URL names (CI runs
 * the suite once more on Debian's own PostgreSQL). One template database is migrated with the real
 * migrations through the real Prisma CLI; each test file then works on a copy of it
 * (test/per-file-database.ts), made in tens of milliseconds.
 */
export default async function setup(project: TestProject) {
  let server: LocalServer | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = path.resolve(process.env.VITEST_DB_DIR ?? ".tmp/vitest");
    fs.rmSync(dir, { recursive: true, force: true });
    server = await startLocalPostgres(dir, { quiet: true });
    adminUrl = server.adminUrl;
  }
  const template = `tracker_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  await run(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: onDatabase(adminUrl, template) } });
  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await server?.stop();
  };
}
