import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";

// The rules the database keeps itself (prisma/migrations), whatever code writes: tried here with raw
// statements, as a script or a careless migration would.
beforeAll(async () => {
  await resetDemoData(db());
});

const rootOf = async (code: string) => (await db().agency.findUniqueOrThrow({ where: { code }, select: { rootId: true } })).rootId;

describe("the database's own rules", () => {
  it("refuses to empty an append-only history or a closed quarter's record with TRUNCATE, unless a seed says so", async () => {
    for (const table of ["TaskStatusChange", "AuditEntry", "PeriodEvent", "PeriodTaskRecord", "ReportingPeriod"]) {
      await expect(db().$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/append-only/);
    }
    expect(await db().taskStatusChange.count()).toBeGreaterThan(0);
    expect(await db().periodTaskRecord.count()).toBeGreaterThan(0);
    // The seeds' way: the flag for their one transaction.
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('tracker.history_purge', 'on', true)`;
      await tx.$executeRawUnsafe(`TRUNCATE "AuditEntry"`);
    });
    expect(await db().auditEntry.count()).toBe(0);
  });

  it("keeps each agency's top-level agency: set on insert, carried along when a unit moves", async () => {
    expect(await rootOf("VN-HN")).toBe("agency-VN-HN");
    await db().agency.create({ data: { id: "d-1", code: "HN-D1", name: "Quận Ba Đình", shortName: "Ba Đình", nameEn: "Ba Dinh District", kind: "DISTRICT", parentId: "agency-VN-HN" } });
    await db().agency.create({ data: { id: "c-1", code: "HN-C1", name: "Phường Điện Biên", shortName: "Điện Biên", nameEn: "Dien Bien Ward", kind: "COMMUNE", parentId: "d-1", rootId: "agency-BTC" } });
    // A root given by the writer is not believed.
    expect(await rootOf("HN-D1")).toBe("agency-VN-HN");
    expect(await rootOf("HN-C1")).toBe("agency-VN-HN");
    await db().agency.update({ where: { id: "d-1" }, data: { parentId: "agency-VN-HP" } });
    expect(await rootOf("HN-D1")).toBe("agency-VN-HP");
    expect(await rootOf("HN-C1")).toBe("agency-VN-HP");
  });

  it("refuses a day that is not a real day", async () => {
    await expect(db().task.update({ where: { id: "task-36A-13" }, data: { deadline: "2017-02-30" } })).rejects.toThrow(/Task_days|check/i);
  });
});
