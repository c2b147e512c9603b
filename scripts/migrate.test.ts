import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/database/readiness";

function migrate(file: string) {
  return spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
}

describe("npm run db:migrate", () => {
  it("creates and migrates a missing database", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mig-")), "new.db");
    expect(checkDatabase(`file:${file}`).kind).toBe("missing");
    const run = migrate(file);
    expect(run.status).toBe(0);
    expect(checkDatabase(`file:${file}`).kind).toBe("ready");
  });

  it("puts the database back as it was when a migration fails", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mig-")), "conflict.db");
    const setup = new Database(file);
    // A table the first migration also creates: the migration fails part-way.
    setup.exec(`CREATE TABLE "Task" (x TEXT); INSERT INTO "Task" VALUES ('kept');`);
    setup.close();
    const state = checkDatabase(`file:${file}`);
    expect(state).toMatchObject({ kind: "unmigrated" });

    const run = migrate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/left as it was/);

    const after = new Database(file, { readonly: true });
    const tables = after.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: "Task" }]);
    expect(after.prepare(`SELECT x FROM "Task"`).all()).toEqual([{ x: "kept" }]);
    after.close();
  });
});

describe("search text after migrating", () => {
  it("folds the diacritics of rows written before the search columns existed", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mig-")), "fold.db");
    expect(migrate(file).status).toBe(0);
    const setup = new Database(file);
    setup.exec(`INSERT INTO "Agency" ("id", "code", "name", "shortName", "nameEn", "kind", "searchText")
                VALUES ('a1', 'BTC', 'Bộ Tài chính', 'Bộ Tài chính', 'Ministry of Finance', 'MINISTRY', 'bộ tài chính')`);
    setup.close();
    const run = migrate(file);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Search text refreshed: 1/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT "searchText" FROM "Agency" WHERE "id" = 'a1'`).get()).toEqual({
      searchText: "btc bo tai chinh bo tai chinh ministry of finance",
    });
    after.close();
  });
});
