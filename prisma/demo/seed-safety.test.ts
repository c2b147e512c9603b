import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NonDemoDatabaseError, resetDemoData } from "./reset";

// Every row of every table, in a stable order: two databases with equal dumps hold the same data.
// DataVersion is left out: a counter that every reset moves on, so that kept figures are read anew.
async function dump(): Promise<string> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT table_name AS "name" FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'DataVersion') ORDER BY table_name`;
  const contents = [];
  for (const { name } of tables) contents.push([name, await db().$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1, 2`)]);
  return JSON.stringify(contents);
}

describe("seeding", () => {
  it("refuses a database holding data it did not write, and changes nothing", async () => {
    await db().agency.create({ data: { code: "REAL", name: "Cơ quan thật", shortName: "CQT", nameEn: "Real", kind: "OTHER" } });
    const before = await dump();
    await expect(resetDemoData(db())).rejects.toBeInstanceOf(NonDemoDatabaseError);
    await expect(resetDemoData(db())).rejects.toThrow(/npm run db:seed -- --force/);
    expect(await dump()).toBe(before);
  });

  it("replaces it when forced, and seeding again gives the same database, without duplicates", async () => {
    await resetDemoData(db(), { force: true });
    expect(await db().agency.findUnique({ where: { code: "REAL" } })).toBeNull();
    const first = await dump();
    await resetDemoData(db());
    expect(await dump()).toBe(first);
    expect(await db().task.count()).toBe(75);
    // The 93 agencies of 2017, and the provinces' 3,068 sub-units the rollout counts (seed 001).
    expect(await db().agency.count({ where: { parentId: null } })).toBe(93);
    expect(await db().agency.count()).toBe(93 + 3_068);
  });

  it("leaves the database as it was when seeding fails halfway", async () => {
    await db().$executeRaw`UPDATE "Task" SET "title" = 'Đã sửa tay' WHERE "code" = '36A-01'`;
    const before = await dump();
    // A trigger that fails the seed after it has deleted and re-inserted most tables.
    await db().$executeRawUnsafe(`CREATE FUNCTION fail_seed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END; $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER "fail_seed" BEFORE INSERT ON "ActionPlan" FOR EACH ROW EXECUTE FUNCTION fail_seed()`);
    await expect(resetDemoData(db())).rejects.toThrow();
    await db().$executeRawUnsafe(`DROP TRIGGER "fail_seed" ON "ActionPlan"`);
    expect(await dump()).toBe(before);
  });
});
