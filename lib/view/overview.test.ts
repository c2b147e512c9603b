import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { resolveView } from "./resolve-view";
import { getOverview } from "./overview";
import { getOverdueTasks } from "@/lib/data/progress";

beforeAll(async () => {
  await resetDemoData(db());
});

describe("overview", () => {
  it("gives Q1/2017 against Q4/2016 from their frozen records (the API's default, the latest quarter)", async () => {
    const view = (await resolveView({}, "2026-11-23", "latestQuarter"))!;
    const overview = await getOverview(view);
    expect(overview.counts).toMatchObject({ assigned: 73, completed: 34, inProgress: 28, notStarted: 11, withdrawn: 2, overdue: 16 });
    expect(overview.previousCounts).toMatchObject({ assigned: 75, completed: 31 });
    expect(overview.breakdown).toHaveLength(23);
    expect(overview.breakdown.slice(0, 2).map((a) => a.code)).toEqual(["BKHDT", "BLDTBXH"]);
    expect(overview.breakdown.slice(-3).every((a) => a.completed === 0)).toBe(true);
    expect(overview.trend.map((p) => p.completed)).toEqual([4, 9, 16, 24, 31, 34]);
  });

  it("shows a page's reader today's figures by default, against the latest closed quarter one click away", async () => {
    const view = (await resolveView({}, "2017-04-10"))!;
    expect(view).toMatchObject({ live: true, current: { period: null, asOf: "2017-04-10" }, ref: { date: "2017-04-10" } });
    expect(view.previous?.period).toMatchObject({ year: 2017, quarter: 1, state: "CLOSED" });
    const overview = await getOverview(view);
    // Nothing changed after 31/03/2017 in the demo, so today's figures are the quarter's, by the history.
    expect(overview.counts).toMatchObject({ assigned: 73, completed: 34 });
    expect(overview.previousCounts).toMatchObject({ assigned: 73, completed: 34 });
    // A quarter or a day in the address is never overridden.
    expect((await resolveView({ quarter: "2016-Q4" }, "2017-04-10"))!).toMatchObject({ live: false, current: { period: { year: 2016, quarter: 4 } } });
    expect((await resolveView({ date: "2017-01-01" }, "2017-04-10"))!).toMatchObject({ live: false, current: { asOf: "2017-01-01" } });
  });

  it("stops the trend at the chosen quarter", async () => {
    const view = (await resolveView({ quarter: "2016-Q2" }, "2026-11-23"))!;
    const overview = await getOverview(view);
    expect(overview.trend.map((p) => p.completed)).toEqual([4, 9, 16]);
  });

  it("runs the trend up to a chosen day and no further", async () => {
    const view = (await resolveView({ date: "2017-02-15" }, "2026-11-23"))!;
    const overview = await getOverview(view);
    expect(overview.trend).toHaveLength(6);
    expect(overview.trend.at(-1)).toMatchObject({ asOf: "2017-02-15", completed: overview.counts.completed });
    expect(overview.trend.at(-2)).toMatchObject({ asOf: "2016-12-31", completed: 31 });
  });

  it("reads an open quarter from the history as of today, and sees a change at once", async () => {
    const programme = await db().programme.findUniqueOrThrow({ where: { code: "36a/NQ-CP" } });
    await db().reportingPeriod.create({
      data: { programmeId: programme.id, year: 2017, quarter: 2, startsOn: "2017-04-01", endsOn: "2017-06-30", reportDueOn: "2017-06-15" },
    });
    await db().taskStatusChange.create({
      data: { taskId: "task-36A-13", fromStatus: "IN_PROGRESS", toStatus: "COMPLETED", effectiveOn: "2017-05-02", note: "Q2" },
    });
    const mid = (await resolveView({}, "2017-05-01", "latestQuarter"))!;
    expect(mid.current).toMatchObject({ asOf: "2017-05-01", period: { state: "OPEN" } });
    expect((await getOverview(mid)).counts.completed).toBe(34);
    const after = (await resolveView({}, "2017-05-02", "latestQuarter"))!;
    const overview = await getOverview(after);
    expect(overview.counts).toMatchObject({ assigned: 73, completed: 35 });
    expect(after.previous?.period).toMatchObject({ year: 2017, quarter: 1 });
    expect(overview.previousCounts?.completed).toBe(34);
  });
});

describe("overdue tasks", () => {
  it("lists the tasks past their deadline and not completed as of 31/03/2017, most overdue first", async () => {
    const view = (await resolveView({ quarter: "2017-Q1" }, "2026-11-23"))!;
    const overdue = await getOverdueTasks(view.current.basis, view.current.asOf);
    expect(overdue).toHaveLength(16);
    expect(overdue[0]).toMatchObject({ code: "36A-13", deadline: "2016-06-30", daysOverdue: 274, agencyCode: "BTC" });
    expect(overdue.map((t) => t.daysOverdue)).toEqual([...overdue.map((t) => t.daysOverdue)].sort((a, b) => b - a));
    expect(overdue.every((t) => t.deadline < "2017-03-31")).toBe(true);
    expect(overdue.map((t) => t.code)).not.toContain("36A-75");
  });
});
