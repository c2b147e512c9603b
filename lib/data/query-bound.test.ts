import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryCount } from "@/lib/database/create-client";
import { resetDemoData } from "@/prisma/demo/reset";
import { parseTaskQuery } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { resolvePeriod } from "@/lib/view/resolve-period";
import { buildQuarterlyReport } from "@/lib/report/quarterly-report";
import { listPeriodReports } from "./reporting";
import { getOverview } from "@/lib/view/overview";
import { getOverdueTasks } from "./progress";
import { listAgencies } from "./agencies";
import { listTasks } from "./task-list";
import { forgetKept } from "./kept-figures";

// Counted from cold: closed quarters' figures kept by an earlier visit would need no query.
async function queriesFor(work: () => Promise<unknown>): Promise<number> {
  forgetKept();
  const before = queryCount();
  await work();
  return queryCount() - before;
}

// Every query behind the views, as one reader's visit to each of them.
async function visit(dateView: boolean) {
  const view = (await resolveView(dateView ? { date: "2017-02-15" } : {}, "2026-11-23"))!;
  const { basis, asOf } = view.current;
  await getOverview(view);
  await listTasks(basis, asOf, parseTaskQuery({ q: "tai chinh", sort: "daysOverdue", dir: "desc" }).value);
  await getOverdueTasks(basis, asOf);
  await listAgencies(basis, asOf, view.programme.id, { sort: "rate", dir: "desc", kind: [] });
}

// The reporting views: a quarter's page and its generated report, which holds the comparison.
async function visitReporting() {
  const found = (await resolvePeriod({}, "2017-Q1"))!;
  await listPeriodReports(found.period.id, "2026-11-23");
  await buildQuarterlyReport(found.programme, found.period, found.previous, "2026-11-23");
}

beforeAll(async () => {
  await resetDemoData(db());
});

describe("query count", () => {
  it("does not grow with the number of tasks", async () => {
    const small = [await queriesFor(() => visit(false)), await queriesFor(() => visit(true)), await queriesFor(visitReporting)];
    expect(small[0]).toBeGreaterThan(5);

    // Ten times the tasks, each with its history, assigned before every quarter.
    const extra = Array.from({ length: 700 }, (_, i) => ({
      id: `bulk-${i}`,
      programmeId: "prg-36a",
      code: `BULK-${i}`,
      title: `Nhiệm vụ bổ sung ${i}`,
      searchText: `bulk-${i} nhiem vu bo sung ${i}`,
      leadAgencyId: i % 2 ? "agency-BTC" : "agency-VN-01",
      assignedOn: "2015-10-14",
      deadline: "2016-12-31",
      status: "IN_PROGRESS" as const,
    }));
    await db().task.createMany({ data: extra });
    // Their history is dated inside closed quarters, which the database refuses while they are
    // closed: the quarters are opened for the insert and closed again (their records stay as they were).
    await db().reportingPeriod.updateMany({ data: { state: "OPEN" } });
    await db().taskStatusChange.createMany({
      data: extra.map((t) => ({ taskId: t.id, toStatus: "IN_PROGRESS" as const, effectiveOn: "2015-10-20", note: "bulk" })),
    });
    await db().reportingPeriod.updateMany({ data: { state: "CLOSED" } });
    const large = [await queriesFor(() => visit(false)), await queriesFor(() => visit(true)), await queriesFor(visitReporting)];
    expect(large).toEqual(small);
  });
});
