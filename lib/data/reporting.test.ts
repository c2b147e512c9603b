import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadActiveUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { reportTimeliness } from "@/lib/domain/report-timeliness";
import { openPeriod } from "@/lib/reporting/manage-periods";
import { submitReport } from "@/lib/reporting/submit-report";
import { resetDemoData } from "@/prisma/demo/reset";
import { openRequestsFor } from "./agency-report";
import { listReminders } from "./reminders";
import { getReportingFigures, getReportingSummaries, listPeriodReports, timelinessExpression } from "./reporting";

beforeAll(async () => {
  await resetDemoData(db());
});

describe("reporting completeness and timeliness on the demo data", () => {
  it("Q1/2017: 24 of 32 on time, 6 late, 2 silent; 27 accepted, 2 unverified, 1 returned", async () => {
    const figures = await getReportingFigures("period-36a-2017q1", "2026-11-25");
    expect(figures.total).toEqual({ required: 32, onTime: 24, late: 6, missing: 2, notYetDue: 0, awaitingReview: 2, returned: 1, accepted: 27 });
    expect(figures.byKind.map(({ kind, required, onTime, late, missing }) => ({ kind, required, onTime, late, missing }))).toEqual([
      { kind: "MINISTRY", required: 18, onTime: 14, late: 4, missing: 0 },
      { kind: "MINISTRY_LEVEL", required: 4, onTime: 3, late: 1, missing: 0 },
      { kind: "GOVERNMENT_AGENCY", required: 8, onTime: 6, late: 0, missing: 2 },
      { kind: "PROVINCE", required: 2, onTime: 1, late: 1, missing: 0 },
    ]);
  });

  it("lists the silent agencies first with their days past due as of the closing day, then the late ones", async () => {
    const rows = await listPeriodReports("period-36a-2017q1", "2026-11-25");
    expect(rows).toHaveLength(32);
    expect(rows.slice(0, 8).map((r) => [r.agencyCode, r.timeliness, r.daysPastDue])).toEqual([
      ["BQLLANG", "MISSING", 26],
      ["HVCTQG", "MISSING", 26],
      ["TTCP", "LATE", 19],
      ["BNV", "LATE", 9],
      ["BCA", "LATE", 7],
      ["BTNMT", "LATE", 5],
      ["BGTVT", "LATE", 2],
      ["VN-HN", "LATE", 1],
    ]);
    expect(rows.find((r) => r.agencyCode === "BTC")).toMatchObject({ timeliness: "ON_TIME", state: "ACCEPTED", firstSubmittedOn: "2017-03-10" });
  });

  it("sums every quarter in one query: Q4/2016 had 22 of 30 on time, 5 late, 3 silent; earlier quarters asked no one", async () => {
    const summaries = await getReportingSummaries("prg-36a", "2026-11-25");
    expect(summaries.get("period-36a-2016q4")).toMatchObject({ required: 30, onTime: 22, late: 5, missing: 3, accepted: 27 });
    expect(summaries.get("period-36a-2017q1")).toMatchObject({ required: 32, onTime: 24 });
    expect(summaries.has("period-36a-2016q3")).toBe(false);
  });

  it("computes timeliness in SQL exactly as the rule does", async () => {
    const cases: [string, string | null, string][] = [
      ["2017-03-15", "2017-03-10", "2017-04-10"],
      ["2017-03-15", "2017-03-15", "2017-04-10"],
      ["2017-03-15", "2017-03-16", "2017-04-10"],
      ["2017-03-15", null, "2017-04-10"],
      ["2017-03-15", null, "2017-03-15"],
      ["2017-03-15", "2017-03-20", "2017-03-18"],
    ];
    for (const [due, sent, asOf] of cases) {
      const [row] = await db().$queryRaw<{ t: string }[]>`
        SELECT ${timelinessExpression(asOf)} AS "t"
        FROM (SELECT ${sent} AS "firstSubmittedOn") r, (SELECT ${due} AS "reportDueOn", ${Prisma.sql`NULL`} AS "closedOn") p`;
      expect([due, sent, asOf, row.t]).toEqual([due, sent, asOf, reportTimeliness(due, sent, asOf)]);
    }
  });
});

describe("requests and reminders in an open quarter", () => {
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
    const analyst = (await loadActiveUser("user-analyst", true))!;
    const scope = { scope: "CHOSEN", agencyCodes: ["BTC", "BTNMT", "VPCP", "BNV"] };
    expect(await openPeriod(analyst, { programme: "36a", quarter: "2017-Q2", reportDueOn: "2017-06-15", ...scope }, { now: new Date("2017-06-01T03:00:00Z") })).toMatchObject({ ok: true });
  });

  it("shows an agency its open request", async () => {
    expect(await openRequestsFor("agency-BTC", "2017-06-10")).toEqual([
      expect.objectContaining({ quarter: { year: 2017, quarter: 2 }, reportDueOn: "2017-06-15", state: "PENDING", overdue: false }),
    ]);
    expect(await openRequestsFor("agency-BTC", "2017-06-16")).toMatchObject([{ overdue: true }]);
    expect(await openRequestsFor("agency-BTTTT", "2017-06-10")).toEqual([]);
  });

  it("lists no one while the due date is more than a week away, then who is due or silent, with contacts", async () => {
    const period = await db().reportingPeriod.findFirstOrThrow({ where: { year: 2017, quarter: 2 } });
    const analyst = (await loadActiveUser("user-analyst", true))!;
    // Contacts are VPCP's to use: a leader or an agency's editor gets none.
    for (const name of ["leader", "btc"]) expect(await listReminders((await loadActiveUser(`user-${name}`, true))!, period.id, "2017-06-08")).toBeNull();
    expect(await listReminders(analyst, period.id, "2017-06-07")).toEqual([]);
    const soon = (await listReminders(analyst, period.id, "2017-06-08"))!;
    expect(soon.map((r) => [r.reason, r.agencyCode, r.daysLeft])).toEqual([
      ["DUE_SOON", "BNV", 7],
      ["DUE_SOON", "BTC", 7],
      ["DUE_SOON", "BTNMT", 7],
      ["DUE_SOON", "VPCP", 7],
    ]);
    expect(soon.find((r) => r.agencyCode === "BTC")!.contacts).toEqual([{ displayName: "Cán bộ đầu mối Bộ Tài chính", email: "btc@demo.invalid" }]);
    expect(soon.find((r) => r.agencyCode === "BNV")!.contacts).toEqual([]);

    const btc = (await loadActiveUser("user-btc", true))!;
    const report = await db().agencyReport.findFirstOrThrow({ where: { periodId: period.id, agencyId: "agency-BTC" } });
    const tasks = await db().task.findMany({ where: { leadAgencyId: "agency-BTC" }, orderBy: { code: "asc" } });
    const items = tasks.filter((t) => t.status !== "WITHDRAWN").map((t) => ({ taskId: t.id, version: t.version, fromStatus: t.status, status: t.status }));
    expect(await submitReport(btc, { reportId: report.id, reportVersion: report.version, summary: "Báo cáo quý II", items }, { now: new Date("2017-06-16T03:00:00Z") })).toMatchObject({ ok: true });
    const late = (await listReminders(analyst, period.id, "2017-06-20"))!;
    expect(late.map((r) => [r.reason, r.agencyCode, r.daysLeft])).toEqual([
      ["OVERDUE", "BNV", -5],
      ["OVERDUE", "BTNMT", -5],
      ["OVERDUE", "VPCP", -5],
    ]);
  });
});
