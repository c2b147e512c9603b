import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import { periodBasis, type PeriodRef } from "@/lib/data/periods";
import { getAgencyBreakdown, getStatusCounts } from "@/lib/data/progress";
import { editTask } from "@/lib/tasks/manage-tasks";
import { updateTaskStatus } from "@/lib/tasks/update-status";
import { resetDemoData } from "@/prisma/demo/reset";
import { closePeriod, openPeriod, reopenPeriod } from "./manage-periods";

const NOW = new Date("2026-11-25T03:00:00.000Z");
const TODAY = "2026-11-25";
const at = { now: NOW, address: "127.0.0.1" };
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

// Everything a refused request must leave as it was.
async function periodTables() {
  const [periods, reports, events, records] = await Promise.all([
    db().reportingPeriod.findMany({ orderBy: { id: "asc" } }),
    db().agencyReport.count(),
    db().periodEvent.count(),
    db().periodTaskRecord.count(),
  ]);
  return { periods, reports, events, records };
}

async function periodRef(quarter: 1 | 2 | 3 | 4, year = 2017): Promise<PeriodRef> {
  const row = await db().reportingPeriod.findUniqueOrThrow({ where: { programmeId_year_quarter: { programmeId: "prg-36a", year, quarter } } });
  return { ...row, quarter: row.quarter as PeriodRef["quarter"], closedAt: row.closedAt?.toISOString() ?? null };
}

async function figures(period: PeriodRef) {
  const basis = periodBasis(period, TODAY);
  return { counts: await getStatusCounts(basis, period.endsOn), breakdown: await getAgencyBreakdown(basis, period.endsOn) };
}

const open = (over: Record<string, unknown> = {}) => ({ programme: "36a", quarter: "2017-Q2", reportDueOn: "2017-06-15", requestNumber: "3050/VPCP-KGVX", ...over });

describe("opening a quarter", () => {
  it.each([
    ["a leader", "leader", "forbidden"],
    ["an agency editor", "btc", "forbidden"],
    ["no session", null, "unauthenticated"],
  ])("is refused to %s, and nothing is written", async (_label, who, kind) => {
    const before = await periodTables();
    expect(await openPeriod(who ? users[who] : null, open(), at)).toMatchObject({ ok: false, kind });
    expect(await periodTables()).toEqual(before);
  });

  it.each([
    ["a due date before the quarter begins", open({ reportDueOn: "2017-03-31" }), "reportDueOn", "dueBeforeStart"],
    ["a quarter that exists", open({ quarter: "2017-Q1" }), "quarter", "exists"],
    ["a quarter after a gap", open({ quarter: "2017-Q3", reportDueOn: "2017-09-15" }), "quarter", "notNextQuarter"],
    ["a malformed quarter", open({ quarter: "2017-5" }), "quarter", "quarter"],
    ["a day that does not exist", open({ reportDueOn: "2017-02-30" }), "reportDueOn", "date"],
    ["an unknown agency", open({ scope: "CHOSEN", agencyCodes: ["BTC", "XYZ"] }), "agencyCodes", "agency"],
    ["a chosen list left empty", open({ scope: "CHOSEN" }), "agencyCodes", "agenciesRequired"],
  ])("refuses %s with a message, and changes nothing", async (_label, input, field, key) => {
    const before = await periodTables();
    const result = await openPeriod(users.analyst, input, at);
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(result.ok === false && result.kind === "invalid" && result.errors[field]).toContain(key);
    expect(await periodTables()).toEqual(before);
  });

  it("refuses a quarter more than one ahead of today", async () => {
    const result = await openPeriod(users.analyst, open(), { now: new Date("2016-12-20T03:00:00.000Z") });
    expect(result).toMatchObject({ ok: false, errors: { quarter: ["quarterTooFar"] } });
  });

  it("asks every agency of the programme by default, each with a pending report", async () => {
    const result = await openPeriod(users.analyst, open(), at);
    expect(result).toMatchObject({ ok: true, quarter: { year: 2017, quarter: 2 } });
    const period = await periodRef(2);
    expect(period).toMatchObject({ state: "OPEN", startsOn: "2017-04-01", endsOn: "2017-06-30", reportDueOn: "2017-06-15", requestNumber: "3050/VPCP-KGVX", openedById: users.analyst.id });
    expect(await db().agencyReport.count({ where: { periodId: period.id, state: "PENDING" } })).toBe(93);
    expect(await db().periodEvent.findMany({ where: { periodId: period.id } })).toMatchObject([{ kind: "OPENED", byId: users.analyst.id }]);
    expect(await db().auditEntry.findFirst({ where: { action: "period.open" }, orderBy: { at: "desc" } })).toMatchObject({ outcome: "OK", target: "2017-Q2" });
  });
});

describe("closing a quarter", () => {
  it("is refused until the quarter's last day is over", async () => {
    const period = await periodRef(2);
    for (const day of ["2017-06-29", "2017-06-30"]) {
      const result = await closePeriod(users.analyst, { periodId: period.id }, { now: new Date(`${day}T15:00:00.000Z`) });
      expect(result).toMatchObject({ ok: false, errors: { form: ["quarterNotOver"] } });
    }
    expect((await periodRef(2)).state).toBe("OPEN");
  });

  it("is refused to an agency editor", async () => {
    const period = await periodRef(2);
    expect(await closePeriod(users.btc, { periodId: period.id }, at)).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await periodRef(2)).state).toBe("OPEN");
  });

  it("freezes once when two requests close it at the same moment", async () => {
    const period = await periodRef(2);
    const results = await Promise.all([closePeriod(users.analyst, { periodId: period.id }, at), closePeriod(users.admin, { periodId: period.id }, at)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ kind: "invalid", errors: { form: ["alreadyClosed"] } }]);
    expect(await db().periodTaskRecord.count({ where: { periodId: period.id } })).toBe(75);
    expect(await db().periodEvent.count({ where: { periodId: period.id, kind: "CLOSED" } })).toBe(1);
    expect(await periodRef(2)).toMatchObject({ state: "CLOSED", closedOn: TODAY, assignedCount: 73, completedCount: 34 });
  });

  it("refuses to close it again, changing nothing", async () => {
    const before = await periodTables();
    const period = await periodRef(2);
    expect(await closePeriod(users.analyst, { periodId: period.id }, at)).toMatchObject({ ok: false, errors: { form: ["alreadyClosed"] } });
    expect(await periodTables()).toEqual(before);
  });

  it("keeps its figures whatever happens to the tasks afterwards", async () => {
    const period = await periodRef(2);
    const before = await figures(period);
    expect(before.counts).toMatchObject({ assigned: 73, completed: 34 });

    const version = async (id: string) => (await db().task.findUniqueOrThrow({ where: { id } })).version;
    // A completion today, a withdrawal today, a new lead agency, and a change dated inside the quarter.
    expect(await updateTaskStatus(users.analyst, { taskId: "task-36A-13", version: await version("task-36A-13"), toStatus: "COMPLETED", effectiveOn: TODAY, note: "Xong", evidenceNumber: "1/BTC", evidenceDate: TODAY }, { channel: "web", today: TODAY })).toMatchObject({ ok: true });
    expect(await updateTaskStatus(users.analyst, { taskId: "task-36A-16", version: await version("task-36A-16"), toStatus: "WITHDRAWN", withdrawnReason: "CANCELLED", effectiveOn: TODAY, note: "Huỷ" }, { channel: "web", today: TODAY })).toMatchObject({ ok: true });
    const task = await db().task.findUniqueOrThrow({ where: { id: "task-36A-02" } });
    expect(await editTask(users.admin, { taskId: task.id, version: task.version, title: task.title, leadAgencyCode: "BTTTT", deadline: task.deadline ?? undefined, deadlineText: task.deadlineText ?? undefined })).toMatchObject({ ok: true });
    expect(await updateTaskStatus(users.analyst, { taskId: "task-36A-10", version: await version("task-36A-10"), toStatus: "COMPLETED", effectiveOn: "2017-06-20", note: "Muộn", evidenceNumber: "2/BTTTT", evidenceDate: "2017-06-20" }, { channel: "web", today: TODAY })).toMatchObject({ ok: false, errors: { effectiveOn: ["closedQuarter"] } });

    expect(await figures(await periodRef(2))).toEqual(before);
    // The database itself refuses to touch the record, the closed quarter or its reports.
    await expect(db().periodTaskRecord.updateMany({ where: { periodId: period.id }, data: { status: "COMPLETED" } })).rejects.toThrow();
    await expect(db().agencyReport.updateMany({ where: { periodId: period.id }, data: { state: "ACCEPTED" } })).rejects.toThrow();
    await expect(db().reportingPeriod.update({ where: { id: period.id }, data: { reportDueOn: "2017-06-30" } })).rejects.toThrow();
    expect(await figures(await periodRef(2))).toEqual(before);
    expect(await db().agencyReport.count({ where: { periodId: period.id, state: "PENDING" } })).toBe(93);
  });
});

describe("reopening a quarter", () => {
  it("is for admins only, with a reason", async () => {
    const period = await periodRef(2);
    const before = await periodTables();
    expect(await reopenPeriod(users.analyst, { periodId: period.id, reason: "Bộ Tài chính gửi bổ sung số liệu" }, at)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await reopenPeriod(users.admin, { periodId: period.id, reason: "ngắn" }, at)).toMatchObject({ ok: false, errors: { reason: ["reasonRequired"] } });
    expect(await periodTables()).toEqual(before);
  });

  it("reopens only the latest closed quarter", async () => {
    const before = await periodTables();
    const q1 = await periodRef(1);
    expect(await reopenPeriod(users.admin, { periodId: q1.id, reason: "Sửa số liệu quý I" }, at)).toMatchObject({ ok: false, errors: { form: ["notLatestClosed"] } });
    expect(await periodTables()).toEqual(before);
  });

  it("keeps the reason and the figures it set aside, and the quarter can close again", async () => {
    const period = await periodRef(2);
    const reason = "Bộ Tài chính gửi bổ sung văn bản chứng minh";
    expect(await reopenPeriod(users.admin, { periodId: period.id, reason }, at)).toMatchObject({ ok: true });
    expect(await periodRef(2)).toMatchObject({ state: "OPEN", closedAt: null, assignedCount: null });
    expect(await db().periodTaskRecord.count({ where: { periodId: period.id } })).toBe(0);
    const event = await db().periodEvent.findFirstOrThrow({ where: { periodId: period.id, kind: "REOPENED" } });
    expect(event).toMatchObject({ byId: users.admin.id, reason });
    expect(JSON.parse(event.detail!)).toMatchObject({ assigned: 73, completed: 34 });

    expect(await closePeriod(users.analyst, { periodId: period.id }, at)).toMatchObject({ ok: true });
    expect(await db().periodEvent.count({ where: { periodId: period.id } })).toBe(4);
  });
});
