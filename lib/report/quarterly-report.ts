import type { StatusCounts } from "@/lib/data/sql-rules";
import "server-only";
import { getActionPlanCoverage, type PlanCoverage } from "@/lib/data/action-plans";
import { compareSnapshots, type Comparison } from "@/lib/data/comparison";
import type { ProgrammeRef } from "@/lib/data/programmes";
import { periodAsOf, periodBasis, type PeriodRef } from "@/lib/data/periods";
import { agenciesWithNoneCompleted, byRate, getAgencyBreakdown, getOverdueTasks, getStatusCounts, type AgencyCounts, type OverdueTask } from "@/lib/data/progress";
import { getReportingFigures, listPeriodReports, type PeriodReportRow, type ReportingFigures } from "@/lib/data/reporting";
import type { IsoDate } from "@/lib/domain/dates";
import { reportingAsOf } from "@/lib/domain/report-timeliness";

const collator = new Intl.Collator("vi");

export type ReportAgencyRow = AgencyCounts & { previousCompleted: number | null };

/** Everything the quarterly report says, read from the record: the page, the .xlsx and the .docx use it alike. */
export type QuarterlyReport = {
  programme: ProgrammeRef;
  period: PeriodRef;
  asOf: IsoDate;
  /** The day it was generated: a closed quarter's report differs from another day's only in this. */
  generatedOn: IsoDate;
  /** Figures of an open quarter are provisional: they move until it is closed. */
  provisional: boolean;
  previous: { period: PeriodRef; asOf: IsoDate; counts: StatusCounts } | null;
  counts: StatusCounts;
  comparison: Comparison | null;
  agencies: ReportAgencyRow[];
  noneCompleted: AgencyCounts[];
  /** The overdue tasks, most overdue first: all of them (counts.overdue), or the first rows of a page. */
  overdue: OverdueTask[];
  plans: PlanCoverage[];
  reporting: { asOf: IsoDate; figures: ReportingFigures; silent: PeriodReportRow[]; late: PeriodReportRow[] };
};

/**
 * Builds the report of one quarter against the one before it. A closed quarter is read from its
 * frozen record, so the same report comes out whenever it is generated. A fixed number of queries.
 */
export async function buildQuarterlyReport(
  programme: ProgrammeRef,
  period: PeriodRef,
  previousPeriod: PeriodRef | null,
  today: IsoDate,
  /** The page shows the first rows of each list of tasks; the downloads (no limit) have them all. */
  { listLimit = null }: { listLimit?: number | null } = {},
): Promise<QuarterlyReport> {
  const basis = periodBasis(period, today);
  const asOf = periodAsOf(period, today);
  const previous = previousPeriod ? { basis: periodBasis(previousPeriod, today), asOf: periodAsOf(previousPeriod, today) } : null;
  // With a quarter to compare against, the comparison has already counted this one: not read twice.
  const [comparison, overdue, plans, figures, reports] = await Promise.all([
    previous ? compareSnapshots(previous, { basis, asOf }, { limit: listLimit }) : Promise.resolve(null),
    getOverdueTasks(basis, asOf, listLimit),
    getActionPlanCoverage(programme.id, asOf),
    getReportingFigures(period.id, today),
    listPeriodReports(period.id, today),
  ]);
  const [counts, breakdown] = comparison
    ? [comparison.to, comparison.breakdown.to]
    : await Promise.all([getStatusCounts(basis, asOf), getAgencyBreakdown(basis, asOf)]);
  const previousCompleted = new Map(comparison?.agencies.map((a) => [a.code, a.from?.completed ?? null]) ?? []);
  const agencies = [...breakdown]
    .sort(byRate)
    .map((row) => ({ ...row, previousCompleted: comparison ? (previousCompleted.get(row.code) ?? null) : null }));
  return {
    programme,
    period,
    asOf,
    generatedOn: today,
    provisional: period.state !== "CLOSED",
    previous: previousPeriod && previous && comparison ? { period: previousPeriod, asOf: previous.asOf, counts: comparison.from } : null,
    counts,
    comparison,
    agencies,
    noneCompleted: agenciesWithNoneCompleted(breakdown),
    overdue,
    plans,
    reporting: {
      asOf: reportingAsOf(period, today),
      figures,
      // Central agencies before provinces, each in Vietnamese alphabetical order, as a list is read.
      silent: reports
        .filter((r) => r.timeliness === "MISSING")
        .sort((a, b) => Number(a.kind === "PROVINCE") - Number(b.kind === "PROVINCE") || collator.compare(a.agencyName, b.agencyName)),
      late: reports.filter((r) => r.timeliness === "LATE"),
    },
  };
}
