import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

describe("npm run db:migration:new", () => {
  it("writes the SQL of a schema change offline, from the schema at HEAD to the working one, and nothing when there is none", () => {
    // A checkout of its own, so that the test's migration never lands in this one's prisma/migrations.
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), "new-migration-"));
    for (const file of ["prisma/schema.prisma", "prisma.config.ts", "lib/database/pg-adapter.ts"]) {
      fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      fs.copyFileSync(file, path.join(repo, file));
    }
    fs.symlinkSync(path.resolve("node_modules"), path.join(repo, "node_modules"));
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: repo });
    git("init", "-q");
    git("add", "prisma", "prisma.config.ts", "lib");
    git("commit", "-q", "-m", "schema");
    const newMigration = (name: string) =>
      spawnSync(process.execPath, [require.resolve("tsx/cli"), path.resolve("scripts/new-migration.ts"), name], { cwd: repo, env: process.env, encoding: "utf8" });

    const unchanged = newMigration("nothing");
    expect(unchanged.status).toBe(1);
    expect(unchanged.stderr).toMatch(/nothing to migrate/);

    // A migration stamped ahead of this machine's clock: the new one must still come after it.
    fs.mkdirSync(path.join(repo, "prisma", "migrations", "29991231235959_future"), { recursive: true });
    const schema = path.join(repo, "prisma", "schema.prisma");
    fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace(/model AppMeta \{\n  key   String @id\n/, "model AppMeta {\n  key   String @id\n  note  String?\n"));
    const run = newMigration("app_meta_note");
    expect(run.status, run.stderr).toBe(0);
    const [folder] = fs.readdirSync(path.join(repo, "prisma", "migrations")).filter((name) => name.endsWith("_app_meta_note"));
    expect(folder).toBe("30000101000000_app_meta_note");
    expect(fs.readFileSync(path.join(repo, "prisma", "migrations", folder, "migration.sql"), "utf8")).toMatch(/ALTER TABLE "AppMeta" ADD COLUMN\s+"note" TEXT;/);
    fs.rmSync(repo, { recursive: true, force: true });
  });
});

