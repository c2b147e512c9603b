import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/domain/permissions";
import { closePeriod, reopenPeriod } from "@/lib/reporting/manage-periods";
import { editTask } from "@/lib/tasks/manage-tasks";
import { updateTaskStatus } from "@/lib/tasks/update-status";
import { editAgency } from "@/lib/users/manage-agencies";
import { resetDemoData } from "@/prisma/demo/reset";
import { compareSnapshots } from "./comparison";
import { getOverduePage } from "./overdue";
import { listPeriods, periodAsOf, periodBasis } from "./periods";
import { getAgencyBreakdown, getStatusCounts } from "./progress";
import { getCompletionTrend } from "./trend";
import { listAgencies } from "./agencies";
import { listTasks } from "./task-list";
import { parseTaskQuery } from "@/lib/view/params";

// Figures are kept in memory; a read after any write that changes them, or what they are shown with,
// must never see the kept answer.
const TODAY = "2026-11-25";
const at = { now: new Date("2026-11-25T03:00:00.000Z"), address: "127.0.0.1" };
const users: Record<string, SessionUser> = {};

const quarter = async (year: number, q: number) => (await listPeriods("prg-36a")).find((p) => p.year === year && p.quarter === q)!;
const side = async (year: number, q: number) => {
  const period = await quarter(year, q);
  return { basis: periodBasis(period, TODAY), asOf: periodAsOf(period, TODAY) };
};

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
  await resetDemoData(db());
  for (const name of ["admin", "analyst"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

describe("a closed quarter's kept figures", () => {
  it("are read once, then answered from memory", async () => {
    const q1 = await side(2017, 1);
    expect(q1.basis).toMatchObject({ kind: "record", closedAt: expect.any(String) });
    const first = await getStatusCounts(q1.basis, q1.asOf);
    expect(first).toMatchObject({ assigned: 73, completed: 34 });
    // The very same answer: nothing was read again.
    expect(await getStatusCounts(q1.basis, q1.asOf)).toBe(first);
  });

  it("show an agency's new name and a task's new title at once", async () => {
    const q1 = await side(2017, 1);
    const q4 = await side(2016, 4);
    const breakdown = await getAgencyBreakdown(q1.basis, q1.asOf);
    expect(breakdown.find((a) => a.code === "BTC")?.shortName).toBe("Bộ Tài chính");
    const overdue = await getOverduePage(q1.basis, q1.asOf, 1);
    const comparison = await compareSnapshots(q4, q1);
    expect(comparison.fellOverdue.find((t) => t.code === "36A-16")?.title).not.toBe("Tên mới của nhiệm vụ");

    const edit = { code: "BTC", name: "Bộ Tài chính và Ngân sách", shortName: "Bộ TC&NS", nameEn: "Ministry of Finance and Budget", kind: "MINISTRY" };
    expect(await editAgency(users.admin, edit, at)).toMatchObject({ ok: true });
    const task = await db().task.findUniqueOrThrow({ where: { id: "task-36A-16" } });
    expect(
      await editTask(users.admin, { taskId: task.id, version: task.version, title: "Tên mới của nhiệm vụ", leadAgencyCode: "BTC", deadline: task.deadline ?? undefined }, at),
    ).toMatchObject({ ok: true });

    expect((await getAgencyBreakdown(q1.basis, q1.asOf)).find((a) => a.code === "BTC")?.shortName).toBe("Bộ TC&NS");
    const overdueAfter = await getOverduePage(q1.basis, q1.asOf, 1);
    expect(overdueAfter).not.toBe(overdue);
    expect(overdueAfter.groups.find((g) => g.code === "BTC")?.shortName).toBe("Bộ TC&NS");
    expect((await compareSnapshots(q4, q1)).fellOverdue.find((t) => t.code === "36A-16")?.title).toBe("Tên mới của nhiệm vụ");
  });

  it("give way when the quarter is reopened, changed and closed again", async () => {
    const closed = await side(2017, 1);
    expect(await getStatusCounts(closed.basis, closed.asOf)).toMatchObject({ completed: 34 });
    const trend = await getCompletionTrend(await listPeriods("prg-36a"), undefined, TODAY);
    expect(trend.find((p) => p.period.year === 2017 && p.period.quarter === 1)).toMatchObject({ completed: 34 });

    const period = await quarter(2017, 1);
    expect(await reopenPeriod(users.admin, { periodId: period.id, reason: "Bộ Tài chính gửi bổ sung văn bản" }, at)).toMatchObject({ ok: true });
    // Open, it is read from the history, live.
    const open = await side(2017, 1);
    expect(open.basis.kind).toBe("date");
    const task = await db().task.findUniqueOrThrow({ where: { id: "task-36A-16" } });
    const completion = {
      taskId: task.id, version: task.version, toStatus: "COMPLETED", effectiveOn: "2017-03-20", note: "Đã hoàn thành",
      evidenceNumber: "123/QĐ-BTC", evidenceDate: "2017-03-20",
    };
    expect(await updateTaskStatus(users.admin, completion, { channel: "web", today: TODAY, address: "127.0.0.1" })).toMatchObject({ ok: true });
    expect(await getStatusCounts(open.basis, open.asOf)).toMatchObject({ completed: 35 });

    expect(await closePeriod(users.analyst, { periodId: period.id }, at)).toMatchObject({ ok: true });
    const again = await side(2017, 1);
    expect(again.basis).toMatchObject({ kind: "record" });
    expect(again.basis).not.toEqual(closed.basis);
    expect(await getStatusCounts(again.basis, again.asOf)).toMatchObject({ completed: 35 });
    const trendAfter = await getCompletionTrend(await listPeriods("prg-36a"), undefined, TODAY);
    expect(trendAfter.find((p) => p.period.year === 2017 && p.period.quarter === 1)).toMatchObject({ completed: 35 });
  });
});

describe("a day's kept figures", () => {
  const day = { basis: { kind: "date" as const, programmeId: "prg-36a", asOf: "2017-06-30" }, asOf: "2017-06-30" };

  it("are answered from memory until a status change, which the next read sees", async () => {
    const first = await getStatusCounts(day.basis, day.asOf);
    expect(await getStatusCounts(day.basis, day.asOf)).toBe(first);
    const list = await listTasks(day.basis, day.asOf, parseTaskQuery({ agency: "BTC" }).value);
    const task = await db().task.findUniqueOrThrow({ where: { id: "task-36A-13" } });
    expect(list.rows.find((row) => row.code === "36A-13")?.status).toBe(task.status);
    const change = {
      taskId: task.id, version: task.version, toStatus: "COMPLETED", effectiveOn: "2017-06-01", note: "Đã hoàn thành",
      evidenceNumber: "45/QĐ-BTC", evidenceDate: "2017-06-01",
    };
    expect(await updateTaskStatus(users.admin, change, { channel: "web", today: TODAY, address: "127.0.0.1" })).toMatchObject({ ok: true });
    const after = await getStatusCounts(day.basis, day.asOf);
    expect(after.completed).toBe(first.completed + 1);
    expect((await listTasks(day.basis, day.asOf, parseTaskQuery({ agency: "BTC" }).value)).rows.find((row) => row.code === "36A-13")?.status).toBe("COMPLETED");
  });

  it("and a closed quarter's agency list sees an action plan recorded after it closed", async () => {
    const q1 = await side(2017, 1);
    const options = { sort: "name" as const, dir: "asc" as const, kind: [] };
    const without = (await listAgencies(q1.basis, q1.asOf, "prg-36a", options)).find((a) => !a.planIssued)!;
    const agency = await db().agency.findUniqueOrThrow({ where: { code: without.code } });
    await db().actionPlan.upsert({
      where: { programmeId_agencyId: { programmeId: "prg-36a", agencyId: agency.id } },
      create: { programmeId: "prg-36a", agencyId: agency.id, issued: true, documentNumber: "12/KH", issuedOn: "2016-01-15" },
      update: { issued: true, documentNumber: "12/KH", issuedOn: "2016-01-15" },
    });
    expect((await listAgencies(q1.basis, q1.asOf, "prg-36a", options)).find((a) => a.code === without.code)?.planIssued).toBe(true);
  });
});
