import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFile } from "@/lib/database/database-url";
import { NonDemoDatabaseError, resetDemoData } from "./reset";

// Every row of every table, in a stable order: two databases with equal dumps hold the same data.
function dump(): string {
  const connection = new Database(databaseFile(), { readonly: true });
  try {
    const tables = connection
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
      .all() as { name: string }[];
    return JSON.stringify(
      tables.map(({ name }) => [name, connection.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]),
    );
  } finally {
    connection.close();
  }
}

describe("seeding", () => {
  it("refuses a database holding data it did not write, and changes nothing", async () => {
    await db().agency.create({ data: { code: "REAL", name: "Cơ quan thật", shortName: "CQT", nameEn: "Real", kind: "OTHER" } });
    const before = dump();
    await expect(resetDemoData(db())).rejects.toBeInstanceOf(NonDemoDatabaseError);
    await expect(resetDemoData(db())).rejects.toThrow(/npm run db:seed -- --force/);
    expect(dump()).toBe(before);
  });

  it("replaces it when forced, and seeding again gives the same database, without duplicates", async () => {
    await resetDemoData(db(), { force: true });
    expect(await db().agency.findUnique({ where: { code: "REAL" } })).toBeNull();
    const first = dump();
    await resetDemoData(db());
    expect(dump()).toBe(first);
    expect(await db().task.count()).toBe(75);
    expect(await db().agency.count()).toBe(93);
  });

  it("leaves the database as it was when seeding fails halfway", async () => {
    await db().$executeRaw`UPDATE "Task" SET "title" = 'Đã sửa tay' WHERE "code" = '36A-01'`;
    const before = dump();
    // A trigger that fails the seed after it has deleted and re-inserted most tables.
    await db().$executeRawUnsafe(
      `CREATE TRIGGER "fail_seed" BEFORE INSERT ON "ActionPlan" BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    await expect(resetDemoData(db())).rejects.toThrow();
    await db().$executeRawUnsafe(`DROP TRIGGER "fail_seed"`);
    expect(dump()).toBe(before);
  });
});
