import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getLatestPeriods, periodBasis } from "@/lib/data/periods";
import { getStatusCounts } from "@/lib/data/progress";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { onDatabase } from "@/test/global-setup";

// The drill: seed, back up, restore into a new database, and find the same rows and figures there.
const adminUrl = inject("adminUrl");
const source = () => process.env.DATABASE_URL!;
const restored = onDatabase(adminUrl, `restored_${randomUUID().replace(/-/g, "").slice(0, 12)}`);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));

function script(name: string, url: string, args: string[] = []) {
  return spawnSync(process.execPath, [require.resolve("tsx/cli"), `scripts/${name}.ts`, ...args], { env: { ...process.env, DATABASE_URL: url, BACKUP_DIR: folder }, encoding: "utf8" });
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    const counts: Record<string, number> = {};
    for (const { table_name: name } of tables.rows) counts[name] = (await client.query(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n;
    return counts;
  } finally {
    await client.end();
  }
}

async function figures(url: string) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    const programme = await db().programme.findFirstOrThrow();
    const [q1] = (await getLatestPeriods(programme.id, 2)).filter((p) => p.year === 2017 && p.quarter === 1);
    return getStatusCounts(periodBasis(q1), q1.endsOn);
  } finally {
    process.env.DATABASE_URL = previous;
  }
}

beforeAll(async () => {
  await resetDemoData(db());
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${new URL(restored).pathname.slice(1)} WITH (FORCE)`);
  await client.end();
});

describe("backup and restore", () => {
  it("restores every row and the Q1/2017 figures into a new database, and refuses to restore over one that has data", async () => {
    const backup = script("backup", source());
    expect(backup.status, backup.stderr).toBe(0);
    const [file] = fs.readdirSync(folder).map((name) => path.join(folder, name));
    expect(path.basename(file)).toMatch(/^tracker-\d{8}-\d{6}\.dump$/);

    const restore = script("restore", restored, [file]);
    expect(restore.status, restore.stderr).toBe(0);
    const counts = await rowCounts(restored);
    expect(counts).toEqual(await rowCounts(source()));
    expect(counts.Task).toBe(75);
    expect(await figures(restored)).toEqual(await figures(source()));
    expect(await figures(restored)).toMatchObject({ assigned: 73, completed: 34 });

    const again = script("restore", restored, [file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds \d+ tables; nothing was restored/);
    expect(await rowCounts(restored)).toEqual(counts);
  });
});
