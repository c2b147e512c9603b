import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { AgencyKindValue } from "@/lib/domain/agency-kind";
import type { IsoDate } from "@/lib/domain/dates";
import { daysPastDue, type Timeliness } from "@/lib/domain/report-timeliness";
import { toNumber } from "./task-basis";

export type ReportStateValue = "PENDING" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export type ReportingCounts = {
  required: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
  /** Sent and not yet reviewed by VPCP: unverified. */
  awaitingReview: number;
  returned: number;
  accepted: number;
};

/**
 * The day a quarter's reporting is read as of: its closing day once closed, today while open. The
 * SQL twin of reportingAsOf (lib/domain/report-timeliness.ts), over a period aliased p.
 */
function asOfSql(today: IsoDate): Prisma.Sql {
  return Prisma.sql`COALESCE(p."closedOn", ${today})`;
}

/** The SQL twin of reportTimeliness (lib/domain/report-timeliness.ts) over reports r of periods p. */
export function timelinessExpression(today: IsoDate): Prisma.Sql {
  const asOf = asOfSql(today);
  return Prisma.sql`CASE
    WHEN r."firstSubmittedOn" IS NOT NULL AND r."firstSubmittedOn" <= ${asOf} THEN
      CASE WHEN r."firstSubmittedOn" <= p."reportDueOn" THEN 'ON_TIME' ELSE 'LATE' END
    WHEN ${asOf} > p."reportDueOn" THEN 'MISSING'
    ELSE 'NOT_YET_DUE' END`;
}

function countColumns(today: IsoDate): Prisma.Sql {
  const t = timelinessExpression(today);
  return Prisma.sql`
    COUNT(*) AS "required",
    SUM(CASE WHEN ${t} = 'ON_TIME' THEN 1 ELSE 0 END) AS "onTime",
    SUM(CASE WHEN ${t} = 'LATE' THEN 1 ELSE 0 END) AS "late",
    SUM(CASE WHEN ${t} = 'MISSING' THEN 1 ELSE 0 END) AS "missing",
    SUM(CASE WHEN ${t} = 'NOT_YET_DUE' THEN 1 ELSE 0 END) AS "notYetDue",
    SUM(CASE WHEN r."state" = 'SUBMITTED' THEN 1 ELSE 0 END) AS "awaitingReview",
    SUM(CASE WHEN r."state" = 'RETURNED' THEN 1 ELSE 0 END) AS "returned",
    SUM(CASE WHEN r."state" = 'ACCEPTED' THEN 1 ELSE 0 END) AS "accepted"`;
}

type CountRow = { [K in keyof ReportingCounts]: bigint | number | null };

function toCounts(row: CountRow | undefined): ReportingCounts {
  return {
    required: toNumber(row?.required),
    onTime: toNumber(row?.onTime),
    late: toNumber(row?.late),
    missing: toNumber(row?.missing),
    notYetDue: toNumber(row?.notYetDue),
    awaitingReview: toNumber(row?.awaitingReview),
    returned: toNumber(row?.returned),
    accepted: toNumber(row?.accepted),
  };
}

export type ReportingFigures = { total: ReportingCounts; byKind: (ReportingCounts & { kind: AgencyKindValue })[] };

const KIND_ORDER = ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY", "OTHER", "PROVINCE"];

/** Completeness and timeliness of one quarter's reports, in total and per agency kind. One query. */
export async function getReportingFigures(periodId: string, today: IsoDate): Promise<ReportingFigures> {
  const rows = await db().$queryRaw<(CountRow & { kind: AgencyKindValue })[]>`
    SELECT a."kind" AS "kind", ${countColumns(today)}
    FROM "AgencyReport" r
    JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    JOIN "Agency" a ON a."id" = r."agencyId"
    WHERE r."periodId" = ${periodId}
    GROUP BY a."kind"`;
  const byKind = rows.map((row) => ({ kind: row.kind, ...toCounts(row) })).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const total = byKind.reduce<ReportingCounts>(
    (sum, row) => Object.fromEntries(Object.keys(sum).map((k) => [k, sum[k as keyof ReportingCounts] + row[k as keyof ReportingCounts]])) as ReportingCounts,
    toCounts(undefined),
  );
  return { total, byKind };
}

/** Every quarter's reporting counts of a programme, by period id. One query. */
export async function getReportingSummaries(programmeId: string, today: IsoDate): Promise<Map<string, ReportingCounts>> {
  const rows = await db().$queryRaw<(CountRow & { periodId: string })[]>`
    SELECT p."id" AS "periodId", ${countColumns(today)}
    FROM "AgencyReport" r
    JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    WHERE p."programmeId" = ${programmeId}
    GROUP BY p."id"`;
  return new Map(rows.map((row) => [row.periodId, toCounts(row)]));
}

export type PeriodReportRow = {
  reportId: string;
  agencyCode: string;
  agencyName: string;
  agencyShortName: string;
  agencyNameEn: string;
  kind: AgencyKindValue;
  state: ReportStateValue;
  firstSubmittedOn: IsoDate | null;
  timeliness: Timeliness;
  daysPastDue: number;
};

/**
 * The agencies asked to report for a quarter, each with where its report stands: the silent ones
 * first, longest past due first, then the late ones, then the rest by code. One query.
 */
export async function listPeriodReports(periodId: string, today: IsoDate): Promise<PeriodReportRow[]> {
  const rows = await db().$queryRaw<(Omit<PeriodReportRow, "daysPastDue"> & { dueOn: IsoDate; asOf: IsoDate })[]>`
    SELECT r."id" AS "reportId", a."code" AS "agencyCode", a."name" AS "agencyName", a."shortName" AS "agencyShortName",
           a."nameEn" AS "agencyNameEn", a."kind" AS "kind", r."state" AS "state", r."firstSubmittedOn" AS "firstSubmittedOn",
           p."reportDueOn" AS "dueOn",
           ${asOfSql(today)} AS "asOf", ${timelinessExpression(today)} AS "timeliness"
    FROM "AgencyReport" r
    JOIN "ReportingPeriod" p ON p."id" = r."periodId"
    JOIN "Agency" a ON a."id" = r."agencyId"
    WHERE r."periodId" = ${periodId}
    ORDER BY CASE ${timelinessExpression(today)} WHEN 'MISSING' THEN 0 WHEN 'LATE' THEN 1 WHEN 'NOT_YET_DUE' THEN 2 ELSE 3 END,
             COALESCE(r."firstSubmittedOn", '9999-12-31') DESC, a."code"`;
  return rows.map(({ dueOn, asOf, ...row }) => ({
    ...row,
    daysPastDue: daysPastDue(dueOn, row.firstSubmittedOn, asOf),
  }));
}
