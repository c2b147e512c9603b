import { beforeAll, describe, expect, it } from "vitest";
import { demoWithQ2Open, on } from "@/test/quarter-open";
import type { SessionUser } from "@/lib/domain/permissions";
import { reportTaskRows } from "@/lib/data/report-tasks";
import { getReportDraft } from "@/lib/data/report-draft";
import { db } from "@/lib/db";
import { closePeriod } from "./manage-periods";
import { saveReportDraft } from "./save-draft";
import { submitReport } from "./submit-report";

let users: Record<string, SessionUser> = {};
let periodId = "";
let report: (code: string) => ReturnType<Awaited<ReturnType<typeof demoWithQ2Open>>["report"]>;

beforeAll(async () => {
  ({ users, periodId, report } = await demoWithQ2Open());
});

async function draftOf(code: string, summary = "Bản đang viết") {
  const r = await report(code);
  const tasks = await reportTaskRows("prg-36a", r.agencyId, "2017-06-10");
  // Half-written: a completion with no evidence yet, which a sent report would be refused for.
  return { reportId: r.id, reportVersion: r.version, summary, items: tasks.map((t, i) => ({ taskId: t.taskId, version: t.version, fromStatus: t.status, status: i === 0 ? "COMPLETED" : t.status, note: i === 0 ? "Sắp xong" : "" })) };
}

describe("a report's draft", () => {
  it("is saved as it is (incomplete), replaced at the next save, and audited", async () => {
    const first = await saveReportDraft(users.btc, await draftOf("BTC", "Lần một"), on("2017-06-05"));
    expect(first).toMatchObject({ ok: true });
    const second = await saveReportDraft(users.btc, await draftOf("BTC", "Lần hai"), on("2017-06-06"));
    expect(second).toMatchObject({ ok: true });
    const draft = (await getReportDraft((await report("BTC")).id))!;
    expect(draft.summary).toBe("Lần hai");
    expect([...draft.items.values()][0]).toMatchObject({ status: "COMPLETED", note: "Sắp xong" });
    expect(await db().agencyReportDraft.count({ where: { reportId: (await report("BTC")).id } })).toBe(1);
    // Nothing counts until it is sent: the report is still pending.
    expect((await report("BTC")).state).toBe("PENDING");
    expect(await db().auditEntry.count({ where: { action: "report.draft", outcome: "OK" } })).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["an editor of another agency", "btnmt", "forbidden"],
    ["a leader", "leader", "forbidden"],
    ["no session", null, "unauthenticated"],
  ])("refuses %s, saving nothing", async (_label, who, kind) => {
    const r = await report("BTC");
    const before = await db().agencyReportDraft.findUnique({ where: { reportId: r.id } });
    expect(await saveReportDraft(who ? users[who] : null, await draftOf("BTC", "Không được"), on("2017-06-07"))).toMatchObject({ ok: false, kind });
    expect(await db().agencyReportDraft.findUnique({ where: { reportId: r.id } })).toEqual(before);
  });

  it("refuses text a report may not hold, as the report does", async () => {
    const bad = { ...(await draftOf("BTC")), summary: "Có ký tự \u202e lạ" };
    expect(await saveReportDraft(users.btc, bad, on("2017-06-07"))).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("is gone once the report is sent, in the same transaction", async () => {
    const r = await report("BTC");
    const tasks = await reportTaskRows("prg-36a", r.agencyId, "2017-06-10");
    const sent = await submitReport(
      users.btc,
      { reportId: r.id, reportVersion: r.version, summary: "Báo cáo quý II", items: tasks.map((t) => ({ taskId: t.taskId, version: t.version, fromStatus: t.status, status: t.status })) },
      on("2017-06-10"),
    );
    expect(sent).toMatchObject({ ok: true });
    expect(await db().agencyReportDraft.count({ where: { reportId: r.id } })).toBe(0);
    // A report with VPCP takes no draft.
    expect(await saveReportDraft(users.btc, await draftOf("BTC"), on("2017-06-11"))).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("is refused once the quarter is closed, the draft saved before left as it was", async () => {
    expect(await saveReportDraft(users.btnmt, await draftOf("BTNMT", "Trước khi chốt"), on("2017-06-20"))).toMatchObject({ ok: true });
    expect(await closePeriod(users.analyst, { periodId }, on("2017-07-05"))).toMatchObject({ ok: true });
    expect(await saveReportDraft(users.btnmt, await draftOf("BTNMT", "Sau khi chốt"), on("2017-07-06"))).toMatchObject({ ok: false, kind: "invalid" });
    expect((await getReportDraft((await report("BTNMT")).id))?.summary).toBe("Trước khi chốt");
  });
});
