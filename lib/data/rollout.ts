import "server-only";
import { db } from "@/lib/db";
import type { AnyAgencyKind } from "@/lib/domain/agency-kind";
import type { IsoDate } from "@/lib/domain/dates";
import { quarterBounds, quarterOf, nextQuarter } from "@/lib/domain/quarter";
import { emptyStageCounts, ROLLOUT_GROUPS, type RolloutGroup, type StageCounts, type StageLevel } from "@/lib/domain/rollout";
import { Prisma } from "@/lib/generated/prisma/client";
import { dataVersion, keptAt } from "./kept-figures";
import { rolloutGroupSql, stageAsOf } from "./rollout-sql";

/**
 * `read()`'s answer as of a day, kept in memory under DataVersion's counters: "changes" moves with every
 * write of a milestone (a trigger, in the writing transaction) and "version" with an agency's name or
 * place, so no instance keeps an answer past a write (lib/data/kept-figures.ts).
 */
async function keptRollout<T>(name: string, asOf: IsoDate, read: () => Promise<T>): Promise<T> {
  const { version, changes } = await dataVersion();
  const key = `rollout|v${version}c${changes}|${name}|${asOf}`;
  return keptAt(key, read);
}

// The rollout as of a day (issue 15, seed 001), every figure counted in SQL: the stage of each agency
// is the highest it reached by that day (rollout-sql.ts). The hub (VPCP) is in no count.

export type RolloutCounts = Record<RolloutGroup, StageCounts>;

function toCounts(rows: { group: string; level: StageLevel; count: number }[]): RolloutCounts {
  const counts = Object.fromEntries(ROLLOUT_GROUPS.map((group) => [group, emptyStageCounts()])) as RolloutCounts;
  for (const row of rows) if (row.group in counts) counts[row.group as RolloutGroup][row.level] += row.count;
  return counts;
}

/** Agencies per group and stage as of the day. */
export async function getRolloutCounts(asOf: IsoDate): Promise<RolloutCounts> {
  return keptRollout("getRolloutCounts", asOf, () => readRolloutCounts(asOf));
}

async function readRolloutCounts(asOf: IsoDate): Promise<RolloutCounts> {
  const rows = await db().$queryRaw<{ group: string; level: StageLevel; count: number }[]>`
    SELECT ${rolloutGroupSql} AS "group", COALESCE(s."stage"::text, 'NOT_CONNECTED') AS "level", count(*)::int AS "count"
    FROM "Agency" a
    LEFT JOIN LATERAL (${stageAsOf(asOf)}) s ON true
    WHERE NOT a."documentHub"
    GROUP BY 1, 2`;
  return toCounts(rows);
}

export type GridAgency = { code: string; shortName: string; nameEn: string; kind: AnyAgencyKind; level: StageLevel; reachedOn: IsoDate | null };

/** Every top-level agency but the hub, with its stage as of the day and the day it reached it. */
export async function getRolloutGrid(asOf: IsoDate): Promise<GridAgency[]> {
  return keptRollout("getRolloutGrid", asOf, () => readRolloutGrid(asOf));
}

async function readRolloutGrid(asOf: IsoDate): Promise<GridAgency[]> {
  const rows = await db().$queryRaw<GridAgency[]>`
    SELECT a."code", a."shortName", a."nameEn", a."kind", COALESCE(s."stage"::text, 'NOT_CONNECTED') AS "level", s."reachedOn"
    FROM "Agency" a
    LEFT JOIN LATERAL (${stageAsOf(asOf)}) s ON true
    WHERE a."parentId" IS NULL AND NOT a."documentHub"
    ORDER BY a."kind", a."code"`;
  return byKindThenName(rows);
}

export type UnitTally = { total: number; connected: number };
export type ProvinceUnits = GridAgency & { units: Record<"department" | "district" | "commune", UnitTally> };

/** Each province with its own stage and, per kind, how many of its sub-units are connected as of the day. */
export async function getProvinceSubunits(asOf: IsoDate): Promise<ProvinceUnits[]> {
  return keptRollout("getProvinceSubunits", asOf, () => readProvinceSubunits(asOf));
}

async function readProvinceSubunits(asOf: IsoDate): Promise<ProvinceUnits[]> {
  type Row = GridAgency & Record<`${"department" | "district" | "commune"}${"Total" | "Connected"}`, number>;
  const tally = (kind: string, name: string) => Prisma.sql`
    count(u."id") FILTER (WHERE u."kind" = ${kind}::"AgencyKind")::int AS ${Prisma.raw(`"${name}Total"`)},
    count(u."id") FILTER (WHERE u."kind" = ${kind}::"AgencyKind" AND us."stage" IS NOT NULL)::int AS ${Prisma.raw(`"${name}Connected"`)}`;
  const rows = await db().$queryRaw<Row[]>`
    SELECT p."code", p."shortName", p."nameEn", p."kind", COALESCE(ps."stage"::text, 'NOT_CONNECTED') AS "level", ps."reachedOn",
           ${tally("DEPARTMENT", "department")}, ${tally("DISTRICT", "district")}, ${tally("COMMUNE", "commune")}
    FROM "Agency" p
    LEFT JOIN LATERAL (${stageAsOf(asOf, Prisma.sql`p."id"`)}) ps ON true
    LEFT JOIN "Agency" u ON u."rootId" = p."id" AND u."parentId" IS NOT NULL AND NOT u."documentHub"
    LEFT JOIN LATERAL (${stageAsOf(asOf, Prisma.sql`u."id"`)}) us ON true
    WHERE p."parentId" IS NULL AND p."kind" = 'PROVINCE' AND NOT p."documentHub"
    GROUP BY p."id", p."code", p."shortName", p."nameEn", p."kind", ps."stage", ps."reachedOn"`;
  const unit = (row: Row, name: "department" | "district" | "commune"): UnitTally => ({
    total: row[`${name}Total`], connected: row[`${name}Connected`],
  });
  return byKindThenName(rows).map((row) => ({
    code: row.code, shortName: row.shortName, nameEn: row.nameEn, kind: row.kind, level: row.level, reachedOn: row.reachedOn,
    units: { department: unit(row, "department"), district: unit(row, "district"), commune: unit(row, "commune") },
  }));
}

export type TrendPoint = { day: IsoDate; counts: RolloutCounts };

/** The days of the trend: each quarter's end from the first milestone's quarter up to the day, and the day itself. */
export function trendDays(first: IsoDate | null, asOf: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  if (first && first <= asOf) {
    for (let q = quarterOf(first); quarterBounds(q).endsOn < asOf; q = nextQuarter(q)) days.push(quarterBounds(q).endsOn);
  }
  return [...days, asOf];
}

/**
 * Counts per group and stage at each of the trend's days, in two queries whatever the number of agencies:
 * each agency's stage holds from one of its milestone days to the next, and each day falls in one such
 * span; the agencies in none are not connected.
 */
export async function getRolloutTrend(asOf: IsoDate): Promise<TrendPoint[]> {
  return keptRollout("getRolloutTrend", asOf, () => readRolloutTrend(asOf));
}

async function readRolloutTrend(asOf: IsoDate): Promise<TrendPoint[]> {
  const [{ first }] = await db().$queryRaw<{ first: IsoDate | null }[]>`SELECT min("reachedOn") AS "first" FROM "RolloutMilestone"`;
  const days = trendDays(first, asOf);
  const [totals, rows] = await Promise.all([
    db().$queryRaw<{ group: string; count: number }[]>`
      SELECT ${rolloutGroupSql} AS "group", count(*)::int AS "count" FROM "Agency" a WHERE NOT a."documentHub" GROUP BY 1`,
    db().$queryRaw<{ day: IsoDate; group: string; level: StageLevel; count: number }[]>`
      WITH reached AS (
        SELECT m."agencyId", m."reachedOn" AS "from", max(m."stage") AS "stage"
        FROM "RolloutMilestone" m WHERE m."reachedOn" <= ${asOf} GROUP BY 1, 2
      ), held AS (
        SELECT r."agencyId", r."from",
               lead(r."from") OVER (PARTITION BY r."agencyId" ORDER BY r."from") AS "until",
               max(r."stage") OVER (PARTITION BY r."agencyId" ORDER BY r."from") AS "stage"
        FROM reached r
      )
      SELECT d."day", ${rolloutGroupSql} AS "group", h."stage"::text AS "level", count(*)::int AS "count"
      FROM unnest(${days}::text[]) AS d("day")
      JOIN held h ON h."from" <= d."day" AND (h."until" IS NULL OR h."until" > d."day")
      JOIN "Agency" a ON a."id" = h."agencyId"
      WHERE NOT a."documentHub"
      GROUP BY 1, 2, 3`,
  ]);
  return days.map((day) => {
    const counts = toCounts(rows.filter((row) => row.day === day));
    for (const { group, count } of totals) {
      const tally = counts[group as RolloutGroup];
      if (tally) tally.NOT_CONNECTED = count - tally.CONNECTED - tally.SEND_RECEIVE - tally.STATUS_FEEDBACK;
    }
    return { day, counts };
  });
}

const KIND_ORDER: readonly string[] = ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY", "OTHER", "PROVINCE"];
const VIETNAMESE = new Intl.Collator("vi");

/** As the agency lists show them: by kind, then by name as a Vietnamese reader looks one up. */
function byKindThenName<R extends { kind: string; shortName: string }>(rows: R[]): R[] {
  return [...rows].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || VIETNAMESE.compare(a.shortName, b.shortName));
}

/** One agency's stage as of the day and the day it reached it; null for the hub, which has none. */
export async function getAgencyStage(code: string, asOf: IsoDate): Promise<{ level: StageLevel; reachedOn: IsoDate | null } | null> {
  const [row] = await db().$queryRaw<{ hub: boolean; level: StageLevel; reachedOn: IsoDate | null }[]>`
    SELECT a."documentHub" AS "hub", COALESCE(s."stage"::text, 'NOT_CONNECTED') AS "level", s."reachedOn"
    FROM "Agency" a LEFT JOIN LATERAL (${stageAsOf(asOf)}) s ON true
    WHERE a."code" = ${code}`;
  return row && !row.hub ? { level: row.level, reachedOn: row.reachedOn } : null;
}
