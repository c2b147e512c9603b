import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { getProgrammeHeadlines } from "./headline";
import { getOverdueTasks } from "./progress";
import { getLatestPeriods, periodBasis } from "./periods";

beforeAll(async () => {
  await resetDemoData(db());
});

describe("programme headline", () => {
  it("gives Q1/2017 against Q4/2016 from their frozen records", async () => {
    const [headline] = await getProgrammeHeadlines("2026-11-23");
    expect(headline.programme.code).toBe("36a/NQ-CP");
    expect(headline.current).toMatchObject({
      period: { year: 2017, quarter: 1, state: "CLOSED" },
      asOf: "2017-03-31",
      counts: { assigned: 73, completed: 34, inProgress: 28, notStarted: 11, withdrawn: 2 },
    });
    expect(headline.previous).toMatchObject({
      period: { year: 2016, quarter: 4 },
      asOf: "2016-12-31",
      counts: { assigned: 75, completed: 31 },
    });
  });

  it("reads an open quarter from the history as of today, and sees a change at once", async () => {
    const programme = await db().programme.findUniqueOrThrow({ where: { code: "36a/NQ-CP" } });
    await db().reportingPeriod.create({
      data: { programmeId: programme.id, year: 2017, quarter: 2, startsOn: "2017-04-01", endsOn: "2017-06-30", reportDueOn: "2017-06-15" },
    });
    await db().taskStatusChange.create({
      data: { taskId: "task-36A-13", fromStatus: "IN_PROGRESS", toStatus: "COMPLETED", effectiveOn: "2017-05-02", note: "Q2" },
    });
    const [mid] = await getProgrammeHeadlines("2017-05-01");
    expect(mid.current).toMatchObject({ asOf: "2017-05-01", period: { state: "OPEN" }, counts: { completed: 34 } });
    const [after] = await getProgrammeHeadlines("2017-05-02");
    expect(after.current?.counts).toMatchObject({ assigned: 73, completed: 35 });
    expect(after.previous?.period).toMatchObject({ year: 2017, quarter: 1 });
  });
});

describe("overdue tasks", () => {
  it("lists the tasks past their deadline and not completed as of 31/03/2017, most overdue first", async () => {
    const programme = await db().programme.findUniqueOrThrow({ where: { code: "36a/NQ-CP" } });
    const q1 = (await getLatestPeriods(programme.id, 3)).find((p) => p.year === 2017 && p.quarter === 1)!;
    const overdue = await getOverdueTasks(periodBasis(q1), q1.endsOn);
    expect(overdue[0]).toMatchObject({ code: "36A-13", deadline: "2016-06-30", daysOverdue: 274, agencyCode: "BTC" });
    expect(overdue.map((t) => t.daysOverdue)).toEqual([...overdue.map((t) => t.daysOverdue)].sort((a, b) => b - a));
    expect(overdue.every((t) => t.deadline < "2017-03-31")).toBe(true);
    expect(overdue.map((t) => t.code)).not.toContain("36A-75");
  });
});
