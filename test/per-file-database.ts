import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { onDatabase } from "./global-setup";

// Runs before each test file: a fresh copy of the migrated template, so no file sees another's rows.
const adminUrl = inject("adminUrl");
const name = `t_${randomUUID().replace(/-/g, "")}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

await admin(async (client) => {
  // Two files copying the template at the same moment may briefly see each other's copy as a user of it.
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
      return;
    } catch (error) {
      if (attempt > 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
});
process.env.DATABASE_URL = onDatabase(adminUrl, name);
// Outside demo mode the public address is required (lib/env.ts); tests that switch modes need one.
process.env.NEXTAUTH_URL ??= "http://127.0.0.1:3000";
// The demo's 900 thousand axis events take half a minute to write: only the files that read them ask for them
// (resetDemoData(db(), { flows: true })).
process.env.DEMO_FLOWS ??= "off";
// The demo's secret is kept in the data folder: the tests' own.
process.env.DATA_DIR ??= ".tmp/vitest-data";

afterAll(async () => {
  await disconnectDb();
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});
