import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import { rankTargetState, yearOf, type Target, type TargetState } from "@/lib/domain/indicator-target";

// The indicators over time: the national share of services at levels 3–4 at each quarter's end, the UN
// surveys year by year, and one agency's counts. Each is bounded by time (quarters, survey years), not
// by the number of rows behind it, and summed in SQL.

/** At most this many quarter ends are shown (ten years); the earliest drop off first. */
export const SERIES_POINTS = 40;
export const HISTORY_A_PAGE = 20;

export type SeriesPoint = { day: IsoDate; agencies: number; high: number; total: number };

/**
 * Services nationally at each quarter's end from the first count to the view's day, and on that day
 * itself: each agency counted by its latest count on or before the point.
 */
export async function getServiceSeries(asOf: IsoDate): Promise<SeriesPoint[]> {
  const points = await db().$queryRaw<SeriesPoint[]>`
    WITH first AS (SELECT min(x."countedOn") AS "day" FROM "OnlineServiceCount" x WHERE x."countedOn" <= ${asOf}),
    days AS (
      SELECT to_char(q + interval '3 months' - interval '1 day', 'YYYY-MM-DD') AS "day"
      FROM first, generate_series(date_trunc('quarter', first."day"::timestamp), ${asOf}::timestamp, interval '3 months') q
      WHERE first."day" IS NOT NULL
      UNION
      SELECT ${asOf}::text FROM first WHERE first."day" IS NOT NULL
    ),
    shown AS (SELECT d."day" FROM days d WHERE d."day" <= ${asOf} ORDER BY d."day" DESC LIMIT ${SERIES_POINTS})
    SELECT s."day", count(*)::int AS "agencies",
           sum(c."level3" + c."level4")::int AS "high", sum(c."level1" + c."level2" + c."level3" + c."level4")::int AS "total"
    FROM shown s
    CROSS JOIN LATERAL (
      SELECT DISTINCT ON (x."agencyId") x.* FROM "OnlineServiceCount" x WHERE x."countedOn" <= s."day" ORDER BY x."agencyId", x."countedOn" DESC
    ) c
    GROUP BY s."day"
    ORDER BY s."day" ASC`;
  return points;
}

export type SurveyRow = {
  year: number;
  rank: number;
  countries: number;
  aseanRank: number | null;
  egdi: number | null;
  osi: number | null;
  osiRegionRank: number | null;
  source: string | null;
  /** Places gained since the survey before (positive: up), null for the first. */
  gained: number | null;
};

export type SurveySeries = { surveys: SurveyRow[]; target: Target | null; state: TargetState | null; judged: SurveyRow | null };

/**
 * The UN surveys up to the view's day's year (the schema keeps a survey's year, not its day of
 * publication), against the programme's "top N in ASEAN" target: judged on the latest survey of the
 * due year or before.
 */
export async function getSurveySeries(asOf: IsoDate, target: Target | null): Promise<SurveySeries> {
  const rows = await db().egdiSurvey.findMany({
    where: { year: { lte: yearOf(asOf) } },
    orderBy: { year: "desc" },
    take: SERIES_POINTS,
    select: { year: true, rank: true, countries: true, aseanRank: true, egdi: true, osi: true, osiRegionRank: true, source: true },
  });
  const surveys = rows.reverse().map((row, index, all) => ({ ...row, gained: index === 0 ? null : all[index - 1].rank - row.rank }));
  if (!target) return { surveys, target, state: null, judged: null };
  const judged = [...surveys].reverse().find((survey) => survey.year <= yearOf(target.dueOn)) ?? null;
  return { surveys, target, state: rankTargetState(target, asOf, judged?.aseanRank ?? null), judged };
}

export type AgencyCount = { countedOn: IsoDate; level1: number; level2: number; level3: number; level4: number; recordedAt: Date; recordedBy: string | null };

export type AgencyServiceHistory = {
  agency: { id: string; code: string; shortName: string; nameEn: string };
  rows: AgencyCount[];
  /** Its latest count on or before the day that judges the target, when asked for. */
  atDue: { countedOn: IsoDate; high: number; total: number } | null;
  total: number;
  page: number;
  pageCount: number;
};

/** One agency's counts on or before the day, the latest first, a page at a time; null for an unknown code. */
export async function getAgencyServiceHistory(code: string, asOf: IsoDate, page: number, dueOn: IsoDate | null = null): Promise<AgencyServiceHistory | null> {
  const agency = await db().agency.findUnique({ where: { code }, select: { id: true, code: true, shortName: true, nameEn: true } });
  if (!agency) return null;
  const where = { agencyId: agency.id, countedOn: { lte: asOf } };
  const total = await db().onlineServiceCount.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_A_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db().onlineServiceCount.findMany({
    where,
    orderBy: { countedOn: "desc" },
    skip: (current - 1) * HISTORY_A_PAGE,
    take: HISTORY_A_PAGE,
    select: { countedOn: true, level1: true, level2: true, level3: true, level4: true, recordedAt: true, recordedBy: { select: { displayName: true } } },
  });
  const due = dueOn && dueOn <= asOf
    ? await db().onlineServiceCount.findFirst({ where: { agencyId: agency.id, countedOn: { lte: dueOn } }, orderBy: { countedOn: "desc" }, select: { countedOn: true, level1: true, level2: true, level3: true, level4: true } })
    : null;
  return {
    agency,
    atDue: due && { countedOn: due.countedOn, high: due.level3 + due.level4, total: due.level1 + due.level2 + due.level3 + due.level4 },
    rows: rows.map(({ recordedBy, ...row }) => ({ ...row, recordedBy: recordedBy?.displayName ?? null })),
    total,
    page: current,
    pageCount,
  };
}
