import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { agenciesWithNoneCompleted, getAgencyBreakdown, getOverdueTasks, getStatusCounts } from "@/lib/data/progress";
import { getLatestPeriods, periodBasis, type PeriodRef } from "@/lib/data/periods";
import { completionRate, formatRate } from "@/lib/domain/rate";
import { resetDemoData } from "./reset";

let q1: PeriodRef;
let q4: PeriodRef;

beforeAll(async () => {
  await resetDemoData(db());
  const programme = await db().programme.findUniqueOrThrow({ where: { code: "36a/NQ-CP" } });
  [q1, q4] = await getLatestPeriods(programme.id, 2);
});

describe("demo data reproduces the public record (DOMAIN.md)", () => {
  it("has the quarters from Q4/2015 to Q1/2017, all closed", async () => {
    const periods = await db().reportingPeriod.findMany({ orderBy: [{ year: "asc" }, { quarter: "asc" }] });
    expect(periods.map((p) => `${p.quarter}/${p.year} ${p.state}`)).toEqual([
      "4/2015 CLOSED", "1/2016 CLOSED", "2/2016 CLOSED", "3/2016 CLOSED", "4/2016 CLOSED", "1/2017 CLOSED",
    ]);
    expect(q1).toMatchObject({ year: 2017, quarter: 1, reportDueOn: "2017-03-15" });
  });

  it("Q1/2017: 34 of 73 tasks completed, 46,6%", async () => {
    const counts = await getStatusCounts(periodBasis(q1), q1.endsOn);
    expect(counts.assigned).toBe(73);
    expect(counts.completed).toBe(34);
    expect(formatRate(completionRate(counts.completed, counts.assigned), "vi")).toBe("34/73 (46,6%)");
  });

  it("Q4/2016: 31 completed of its own denominator 75, which is the report's 41%", async () => {
    const counts = await getStatusCounts(periodBasis(q4), q4.endsOn);
    expect(counts).toMatchObject({ assigned: 75, completed: 31, withdrawn: 0 });
    expect(Math.round((counts.completed / counts.assigned) * 100)).toBe(41);
  });

  it("explains the change of denominator: two tasks withdrawn in Q1/2017", async () => {
    const counts = await getStatusCounts(periodBasis(q1), q1.endsOn);
    expect(counts.withdrawn).toBe(2);
    const withdrawn = await db().task.findMany({ where: { status: "WITHDRAWN" }, orderBy: { code: "asc" } });
    expect(withdrawn.map((t) => [t.code, t.withdrawnReason])).toEqual([["36A-74", "MERGED"], ["36A-75", "CANCELLED"]]);
  });

  it("23 agencies were assigned tasks and 3 completed none: Bộ TN&MT, Bộ Nội vụ, Thanh tra Chính phủ", async () => {
    const breakdown = await getAgencyBreakdown(periodBasis(q1), q1.endsOn);
    expect(breakdown).toHaveLength(23);
    const none = agenciesWithNoneCompleted(breakdown).map((a) => a.shortName).sort();
    expect(none).toEqual(["Bộ Nội vụ", "Bộ TN&MT", "Thanh tra Chính phủ"].sort());
  });

  it("gives each named agency its reported figures as of Q1/2017", async () => {
    const breakdown = await getAgencyBreakdown(periodBasis(q1), q1.endsOn);
    const of = (code: string) => breakdown.find((a) => a.code === code)!;
    expect(of("VPCP")).toMatchObject({ assigned: 6, completed: 3, inProgress: 3 });
    expect(of("BTTTT")).toMatchObject({ assigned: 6, completed: 3, inProgress: 3 });
    expect(of("BTC")).toMatchObject({ assigned: 5, completed: 2, inProgress: 3 });
    expect(of("BKHDT")).toMatchObject({ assigned: 4, completed: 4 });
    expect(of("BLDTBXH")).toMatchObject({ assigned: 1, completed: 1 });
  });

  it("has all 30 central agencies and 63 provinces, and action plans 29/30 and 61/63", async () => {
    const central = await db().agency.count({ where: { kind: { in: ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY"] } } });
    const provinces = await db().agency.count({ where: { kind: "PROVINCE" } });
    expect([central, provinces]).toEqual([30, 63]);
    const plans = await db().actionPlan.groupBy({
      by: ["issued"],
      where: { agency: { kind: "PROVINCE" } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(plans.map((p) => [String(p.issued), p._count._all]))).toEqual({ true: 61, false: 2 });
    const missing = await db().actionPlan.findMany({ where: { issued: false }, select: { agency: { select: { code: true } } } });
    expect(missing.map((m) => m.agency.code).sort()).toEqual(["HVCTQG", "VN-32", "VN-33"]);
  });

  it("closed quarters' figures come from the frozen record and do not move when a task changes later", async () => {
    const before = await getStatusCounts(periodBasis(q4), q4.endsOn);
    await db().$executeRaw`UPDATE "Task" SET "status" = 'COMPLETED', "completedOn" = '2017-04-02' WHERE "code" = '36A-13'`;
    await db().taskStatusChange.create({
      data: { taskId: "task-36A-13", fromStatus: "IN_PROGRESS", toStatus: "COMPLETED", effectiveOn: "2017-04-02", note: "later entry" },
    });
    // The database itself refuses a change dated inside a closed quarter, whatever code sends it.
    await expect(
      db().taskStatusChange.create({ data: { taskId: "task-36A-13", toStatus: "COMPLETED", effectiveOn: "2016-12-01", note: "late entry" } }),
    ).rejects.toThrow();
    expect(await getStatusCounts(periodBasis(q4), q4.endsOn)).toEqual(before);
    await expect(
      db().$executeRaw`UPDATE "PeriodTaskRecord" SET "status" = 'COMPLETED' WHERE "periodId" = ${q4.id}`,
    ).rejects.toThrow(/frozen/);
  });
});
