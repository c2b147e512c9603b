import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import { reportTimeliness } from "@/lib/domain/report-timeliness";
import type { Quarter } from "@/lib/domain/quarter";

const agencySelect = { id: true, code: true, name: true, shortName: true, nameEn: true, kind: true } as const;

/** One agency's report for a quarter with its whole history (each submission with its lines), or null. */
export async function getAgencyReport(periodId: string, agencyCode: string) {
  const agency = await db().agency.findUnique({ where: { code: agencyCode }, select: agencySelect });
  if (!agency) return null;
  const report = await db().agencyReport.findUnique({
    where: { periodId_agencyId: { periodId, agencyId: agency.id } },
    select: {
      id: true, state: true, version: true, firstSubmittedAt: true, firstSubmittedOn: true, submittedAt: true, reviewedAt: true,
      events: {
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: {
          id: true, kind: true, at: true, text: true,
          by: { select: { displayName: true, role: true } },
          items: {
            orderBy: { task: { code: "asc" } },
            select: { taskId: true, fromStatus: true, status: true, note: true, evidenceNumber: true, evidenceDate: true, task: { select: { code: true, title: true } } },
          },
        },
      },
    },
  });
  return { agency, report };
}

export type AgencyReportDetail = NonNullable<Awaited<ReturnType<typeof getAgencyReport>>>;

export type OpenRequest = {
  programmeSlug: string;
  programmeCode: string;
  quarter: Quarter;
  reportDueOn: IsoDate;
  requestNumber: string | null;
  state: "PENDING" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
  firstSubmittedOn: IsoDate | null;
  overdue: boolean;
};

/** The open quarters that ask this agency for a report, oldest first, with where its report stands. */
export async function openRequestsFor(agencyId: string, today: IsoDate): Promise<OpenRequest[]> {
  const rows = await db().agencyReport.findMany({
    where: { agencyId, period: { state: "OPEN" } },
    orderBy: [{ period: { year: "asc" } }, { period: { quarter: "asc" } }],
    select: {
      state: true,
      firstSubmittedOn: true,
      period: { select: { year: true, quarter: true, reportDueOn: true, requestNumber: true, programme: { select: { slug: true, code: true } } } },
    },
  });
  return rows.map((row) => ({
    programmeSlug: row.period.programme.slug,
    programmeCode: row.period.programme.code,
    quarter: { year: row.period.year, quarter: row.period.quarter as Quarter["quarter"] },
    reportDueOn: row.period.reportDueOn,
    requestNumber: row.period.requestNumber,
    state: row.state,
    firstSubmittedOn: row.firstSubmittedOn,
    overdue: reportTimeliness(row.period.reportDueOn, row.firstSubmittedOn, today) === "MISSING",
  }));
}
