import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { basisRows } from "./task-basis";

// A day's rows read a task's latest change from the task itself when it has not changed since; the
// history alone (the definition) is the oracle they must equal, on every kind of day.
type Row = { taskId: string; status: string; completedOn: string | null };

async function fromHistory(asOf: string): Promise<Row[]> {
  return db().$queryRaw<Row[]>`
    SELECT t."id" AS "taskId", h."toStatus"::text AS "status", CASE WHEN h."toStatus" = 'COMPLETED' THEN h."effectiveOn" END AS "completedOn"
    FROM "Task" t
    JOIN "TaskStatusChange" h ON h."id" = (
      SELECT h2."id" FROM "TaskStatusChange" h2 WHERE h2."taskId" = t."id" AND h2."effectiveOn" <= ${asOf}
      ORDER BY h2."effectiveOn" DESC, h2."changedAt" DESC, h2."id" DESC LIMIT 1)
    WHERE t."programmeId" = 'prg-36a'
    ORDER BY t."id"`;
}

async function fromBasis(asOf: string): Promise<Row[]> {
  return db().$queryRaw<Row[]>`
    SELECT b."taskId", b."status"::text AS "status", b."completedOn" FROM (${basisRows({ kind: "date", programmeId: "prg-36a", asOf })}) b ORDER BY b."taskId"`;
}

const DAYS = ["2015-10-13", "2015-10-14", "2016-03-31", "2016-12-31", "2017-02-15", "2017-03-31", "2017-05-01", "2026-11-25"];

beforeAll(async () => {
  await resetDemoData(db());
});

describe("a day's task rows", () => {
  it.each(DAYS)("as of %s equal the history's", async (day) => {
    expect(await fromBasis(day)).toEqual(await fromHistory(day));
  });

  it("keep the latest change on the task, whoever writes the history and in whatever order", async () => {
    const latest = () => db().task.findUniqueOrThrow({ where: { id: "task-36A-16" }, select: { latestStatus: true, latestEffectiveOn: true } });
    expect(await latest()).toEqual({ latestStatus: "IN_PROGRESS", latestEffectiveOn: expect.any(String) });
    const { latestEffectiveOn } = await latest();
    // A later change replaces it; one dated earlier, written afterwards, does not.
    await db().taskStatusChange.create({ data: { taskId: "task-36A-16", toStatus: "COMPLETED", effectiveOn: "2017-06-20", note: "Xong", evidenceNumber: "1/QĐ", evidenceDate: "2017-06-20" } });
    expect(await latest()).toEqual({ latestStatus: "COMPLETED", latestEffectiveOn: "2017-06-20" });
    await db().taskStatusChange.create({ data: { taskId: "task-36A-16", toStatus: "IN_PROGRESS", effectiveOn: "2017-06-10", note: "Ghi bổ sung" } });
    expect(await latest()).toEqual({ latestStatus: "COMPLETED", latestEffectiveOn: "2017-06-20" });
    // Two changes on one day: the one recorded later counts.
    await db().taskStatusChange.create({ data: { taskId: "task-36A-16", toStatus: "IN_PROGRESS", effectiveOn: "2017-06-20", note: "Mở lại", changedAt: new Date("2030-01-01T00:00:00Z") } });
    expect(await latest()).toEqual({ latestStatus: "IN_PROGRESS", latestEffectiveOn: "2017-06-20" });
    expect(latestEffectiveOn! < "2017-06-20").toBe(true);
    for (const day of ["2017-06-15", "2017-06-20", "2017-07-01"]) expect(await fromBasis(day)).toEqual(await fromHistory(day));
  });

  it("have none for a task before its first change", async () => {
    await db().task.create({ data: { id: "new-task", programmeId: "prg-36a", code: "36A-99", title: "Mới", leadAgencyId: "agency-BTC", assignedOn: "2017-06-01", deadline: "2017-12-31" } });
    expect(await db().task.findUniqueOrThrow({ where: { id: "new-task" }, select: { latestStatus: true } })).toEqual({ latestStatus: null });
    expect((await fromBasis("2017-07-01")).find((row) => row.taskId === "new-task")).toBeUndefined();
  });
});

