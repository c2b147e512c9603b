import { beforeAll, describe, expect, it } from "vitest";
import { demoWithQ2Open, on } from "@/test/quarter-open";
import type { SessionUser } from "@/lib/domain/permissions";
import { reportTaskRows } from "@/lib/data/report-tasks";
import { getReportingFigures } from "@/lib/data/reporting";
import { db } from "@/lib/db";
import { closePeriod } from "./manage-periods";
import { reviewReport } from "./review-report";
import { submitReport } from "./submit-report";

let users: Record<string, SessionUser> = {};
let periodId = "";
let report: (code: string) => ReturnType<Awaited<ReturnType<typeof demoWithQ2Open>>["report"]>;

beforeAll(async () => {
  ({ users, periodId, report } = await demoWithQ2Open());
});

/** The report form as the agency would send it on `day`, every task confirmed at its status then. */
async function form(code: string, day: string, change: Record<string, Record<string, string>> = {}) {
  const r = await report(code);
  const tasks = await reportTaskRows("prg-36a", r.agencyId, day < "2017-06-30" ? day : "2017-06-30");
  return {
    reportId: r.id,
    reportVersion: r.version,
    summary: "Đã triển khai các giải pháp chủ yếu theo kế hoạch hành động.",
    items: tasks.map((t) => ({ taskId: t.taskId, version: t.version, fromStatus: t.status, status: t.status, ...change[t.code] })),
  };
}

// What a refused submission must leave as it was.
async function state(code: string) {
  const r = await report(code);
  const [events, history, tasks] = await Promise.all([
    db().agencyReportEvent.count({ where: { reportId: r.id } }),
    db().taskStatusChange.count(),
    db().task.findMany({ where: { leadAgencyId: r.agencyId }, orderBy: { id: "asc" } }),
  ]);
  return { report: r, events, history, tasks };
}

describe("who may send a report", () => {
  it.each([
    ["an editor of another agency", "btnmt", "forbidden"],
    ["a leader", "leader", "forbidden"],
    ["no session", null, "unauthenticated"],
  ])("refuses %s, writing nothing", async (_label, who, kind) => {
    const before = await state("BTC");
    expect(await submitReport(who ? users[who] : null, await form("BTC", "2017-06-10"), on("2017-06-10"))).toMatchObject({ ok: false, kind });
    expect(await state("BTC")).toEqual(before);
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["a completion without evidence", { "36A-13": { status: "COMPLETED", note: "Đã trình" } }, "items.0.evidenceNumber", "evidenceRequired"],
    ["a change without a note", { "36A-13": { status: "NOT_STARTED" } }, "items.0.note", "noteRequiredForChange"],
    ["a completed task set back", { "36A-14": { status: "NOT_STARTED", note: "Nhập nhầm" } }, "items.1.status", "completedStays"],
    ["evidence dated after today", { "36A-13": { status: "COMPLETED", note: "Xong", evidenceNumber: "5/TT-BTC", evidenceDate: "2017-06-12" } }, "items.0.evidenceDate", "futureDay"],
  ])("refuses %s", async (_label, change, field, key) => {
    const before = await state("BTC");
    const result = await submitReport(users.btc, await form("BTC", "2017-06-10", change), on("2017-06-10"));
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(result.ok === false && result.kind === "invalid" ? result.errors[field] : null).toContain(key);
    expect(await state("BTC")).toEqual(before);
  });

  it("refuses an empty summary and a report that leaves out a task", async () => {
    const before = await state("BTC");
    expect(await submitReport(users.btc, { ...(await form("BTC", "2017-06-10")), summary: "  " }, on("2017-06-10"))).toMatchObject({ errors: { summary: ["summaryRequired"] } });
    const partial = await form("BTC", "2017-06-10");
    expect(await submitReport(users.btc, { ...partial, items: partial.items.slice(1) }, on("2017-06-10"))).toMatchObject({ errors: { form: ["tasksChanged"] } });
    expect(await state("BTC")).toEqual(before);
  });

  it("refuses a report that says a task was at another status than it is, naming it", async () => {
    // A forged "fromStatus" would skip the rules a change must meet (evidence, a note).
    const forged = { "36A-13": { fromStatus: "COMPLETED", status: "COMPLETED", evidenceDate: "2017-06-01" } };
    const before = await state("BTC");
    expect(await submitReport(users.btc, await form("BTC", "2017-06-10", forged), on("2017-06-10"))).toEqual({ ok: false, kind: "conflict", tasks: ["36A-13"] });
    expect(await state("BTC")).toEqual(before);
  });

  it("lets only VPCP give the day a report was received", async () => {
    const before = await state("BTC");
    expect(await submitReport(users.btc, { ...(await form("BTC", "2017-06-20")), receivedOn: "2017-06-10" }, on("2017-06-20"))).toMatchObject({
      errors: { receivedOn: ["receivedOnVpcpOnly"] },
    });
    expect(await state("BTC")).toEqual(before);
  });

  it("refuses a task someone changed since the form was opened, naming it", async () => {
    const sent = await form("BTC", "2017-06-10");
    sent.items[0].version -= 1;
    const before = await state("BTC");
    expect(await submitReport(users.btc, sent, on("2017-06-10"))).toEqual({ ok: false, kind: "conflict", tasks: ["36A-13"] });
    expect(await state("BTC")).toEqual(before);
  });
});

describe("the day a report's change takes effect", () => {
  it("counts a completion evidenced inside a closed quarter from the day after it", async () => {
    const completion = { "36A-02": { status: "COMPLETED", note: "Hệ thống đã vận hành", evidenceNumber: "15/QĐ-VPCP", evidenceDate: "2017-03-01" } };
    expect(await submitReport(users.vpcp, await form("VPCP", "2017-06-10", completion), on("2017-06-10"))).toMatchObject({ ok: true });
    const change = await db().taskStatusChange.findFirstOrThrow({ where: { taskId: "task-36A-02" }, orderBy: { changedAt: "desc" } });
    expect(change).toMatchObject({ toStatus: "COMPLETED", effectiveOn: "2017-04-01", evidenceDate: "2017-03-01" });
  });
});

describe("the cycle of one report", () => {
  it("records the agency's report with its status changes in one step, on time", async () => {
    const completion = { "36A-13": { status: "COMPLETED", note: "Đã trình Chính phủ cơ chế tài chính", evidenceNumber: "41/TTr-BTC", evidenceDate: "2017-06-05" } };
    expect(await submitReport(users.btc, await form("BTC", "2017-06-10", completion), on("2017-06-10"))).toMatchObject({ ok: true });
    expect(await report("BTC")).toMatchObject({ state: "SUBMITTED", firstSubmittedOn: "2017-06-10" });
    const change = await db().taskStatusChange.findFirstOrThrow({ where: { taskId: "task-36A-13" }, orderBy: { changedAt: "desc" } });
    expect(change).toMatchObject({ toStatus: "COMPLETED", effectiveOn: "2017-06-05", evidenceNumber: "41/TTr-BTC", changedById: users.btc.id });
    const event = await db().agencyReportEvent.findFirstOrThrow({ where: { reportId: (await report("BTC")).id }, include: { items: true } });
    expect(event).toMatchObject({ kind: "SUBMITTED", byId: users.btc.id });
    expect(event.items).toHaveLength(5);
    expect(event.items.filter((i) => i.fromStatus !== null).map((i) => [i.taskId, i.fromStatus, i.status])).toEqual([["task-36A-13", "IN_PROGRESS", "COMPLETED"]]);
  });

  it("refuses a second report while the first is with VPCP", async () => {
    const before = await state("BTC");
    expect(await submitReport(users.btc, await form("BTC", "2017-06-11"), on("2017-06-11"))).toMatchObject({ errors: { form: ["alreadySubmitted"] } });
    expect(await state("BTC")).toEqual(before);
  });

  it("lets only VPCP review, and a return says what to revise", async () => {
    const r = await report("BTC");
    expect(await reviewReport(users.btc, { reportId: r.id, reportVersion: r.version, decision: "ACCEPT" }, on("2017-06-12"))).toMatchObject({ kind: "forbidden" });
    expect(await reviewReport(users.analyst, { reportId: r.id, reportVersion: r.version, decision: "RETURN" }, on("2017-06-12"))).toMatchObject({ errors: { comment: ["commentRequired"] } });
    expect(await report("BTC")).toEqual(r);
    const comment = "Đề nghị bổ sung kết quả nhiệm vụ 36A-17.";
    expect(await reviewReport(users.analyst, { reportId: r.id, reportVersion: r.version, decision: "RETURN", comment }, on("2017-06-12"))).toMatchObject({ ok: true });
    expect(await report("BTC")).toMatchObject({ state: "RETURNED" });
  });

  it("keeps the first day it was sent when a returned report comes back after the due date", async () => {
    expect(await submitReport(users.btc, await form("BTC", "2017-06-20"), on("2017-06-20"))).toMatchObject({ ok: true });
    const r = await report("BTC");
    expect(r).toMatchObject({ state: "SUBMITTED", firstSubmittedOn: "2017-06-10" });
    expect(await reviewReport(users.analyst, { reportId: r.id, reportVersion: r.version, decision: "ACCEPT" }, on("2017-06-21"))).toMatchObject({ ok: true });
    const steps = await db().agencyReportEvent.findMany({ where: { reportId: r.id }, orderBy: { at: "asc" } });
    expect(steps.map((s) => s.kind)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"]);
  });

  it("refuses evidence dated after the day the report's statuses are as of", async () => {
    // Sent after the quarter's end: a change takes effect on its last day, so no later evidence.
    const start = { "36A-25": { status: "IN_PROGRESS", note: "Đã khởi động", evidenceNumber: "9/KH-BTNMT", evidenceDate: "2017-07-02" } };
    const before = await state("BTNMT");
    const result = await submitReport(users.btnmt, await form("BTNMT", "2017-07-03", start), on("2017-07-03"));
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(result.ok === false && result.kind === "invalid" ? Object.values(result.errors).flat() : []).toEqual(["evidenceAfterChange"]);
    expect(await state("BTNMT")).toEqual(before);
  });

  it("counts a late report, one VPCP entered with the day it was received, and the silent ones", async () => {
    expect(await submitReport(users.btnmt, await form("BTNMT", "2017-07-03"), on("2017-07-03"))).toMatchObject({ ok: true });
    expect(await submitReport(users.analyst, { ...(await form("VN-HN", "2017-07-03")), receivedOn: "2017-06-14" }, on("2017-07-03"))).toMatchObject({ ok: true });
    expect(await db().agencyReportEvent.findFirst({ where: { reportId: (await report("VN-HN")).id } })).toMatchObject({ byId: users.analyst.id });
    expect(await report("VN-HN")).toMatchObject({ firstSubmittedOn: "2017-06-14" });
    const figures = await getReportingFigures(periodId, "2017-07-04");
    expect(figures.total).toEqual({ required: 93, onTime: 3, late: 1, missing: 89, notYetDue: 0, awaitingReview: 3, returned: 0, accepted: 1 });
    expect(figures.byKind.find((k) => k.kind === "PROVINCE")).toMatchObject({ required: 63, onTime: 1, missing: 62 });
  });
});

describe("a closed quarter", () => {
  it("refuses reports and reviews, and nothing changes", async () => {
    expect(await closePeriod(users.analyst, { periodId }, on("2017-07-05"))).toMatchObject({ ok: true });
    const bnv = await state("BNV");
    const analystEntry = { ...(await form("BNV", "2017-07-06")) };
    expect(await submitReport(users.analyst, analystEntry, on("2017-07-06"))).toMatchObject({ errors: { form: ["periodClosed"] } });
    expect(await state("BNV")).toEqual(bnv);
    const btnmt = await report("BTNMT");
    expect(await reviewReport(users.analyst, { reportId: btnmt.id, reportVersion: btnmt.version, decision: "ACCEPT" }, on("2017-07-06"))).toMatchObject({ errors: { form: ["periodClosed"] } });
    expect(await report("BTNMT")).toEqual(btnmt);
    // Its figures are as of the closing day, whenever they are read.
    expect((await getReportingFigures(periodId, "2026-11-25")).total).toMatchObject({ onTime: 3, late: 1, missing: 89 });
  });
});
