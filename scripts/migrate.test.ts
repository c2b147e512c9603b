import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { checkDatabase } from "@/lib/database/readiness";
import { onDatabase } from "@/test/global-setup";

// npm run db:migrate against databases of the tests' own server, each made (or not) by the test.
const adminUrl = inject("adminUrl");
const made: string[] = [];
const fresh = () => {
  const name = `mig_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  made.push(name);
  return onDatabase(adminUrl, name);
};

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function migrate(url: string) {
  return spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
}

afterAll(async () => {
  for (const name of made) await sql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("npm run db:migrate", () => {
  it("creates and migrates a missing database", async () => {
    const url = fresh();
    expect(await checkDatabase(url)).toMatchObject({ kind: "missing" });
    const run = migrate(url);
    expect(run.status, run.stderr).toBe(0);
    expect(await checkDatabase(url)).toEqual({ kind: "ready" });
  });

  it("leaves the schema as it was when a migration fails, and tries it again on the next run", async () => {
    const url = fresh();
    await sql(adminUrl, `CREATE DATABASE ${new URL(url).pathname.slice(1)}`);
    // A table the baseline also creates: the migration fails part-way through its script.
    await sql(url, `CREATE TABLE "Task" (x TEXT); INSERT INTO "Task" VALUES ('kept');`);
    expect(await checkDatabase(url)).toMatchObject({ kind: "unmigrated" });

    const run = migrate(url);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/left as it was/);
    const tables = await sql(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`);
    expect(tables).toEqual([{ table_name: "Task" }]);
    expect(await sql(url, `SELECT x FROM "Task"`)).toEqual([{ x: "kept" }]);

    // Once the obstacle is gone, the same command completes: nothing of the failed run is in the way.
    await sql(url, `DROP TABLE "Task"`);
    expect(migrate(url).status).toBe(0);
    expect(await checkDatabase(url)).toEqual({ kind: "ready" });
  });
});
