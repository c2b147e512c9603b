import "server-only";
import { db } from "@/lib/db";
import type { AnyAgencyKind } from "@/lib/domain/agency-kind";
import type { IsoDate } from "@/lib/domain/dates";
import type { RolloutGroup, StageFilter, StageLevel } from "@/lib/domain/rollout";
import { Prisma } from "@/lib/generated/prisma/client";
import { rolloutGroupSql, stageAsOf } from "./rollout-sql";

// The agencies behind any rollout count (lib/data/rollout.ts): a group at a stage, or a province's
// sub-units of a kind, as of a day; a page at a time, or all of them for a download.

export const ROLLOUT_ROWS_A_PAGE = 25;

export type RolloutFilter = {
  group: RolloutGroup | null;
  stage: StageFilter | null;
  /** A province's code: its sub-units only. */
  province: string | null;
};

export type RolloutRow = {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  kind: AnyAgencyKind;
  identifierCode: string | null;
  level: StageLevel;
  reachedOn: IsoDate | null;
  /** A sub-unit's province and direct parent (a commune's district); null for a top-level agency. */
  province: { code: string; shortName: string; nameEn: string } | null;
  parent: { code: string; shortName: string; nameEn: string } | null;
};

export type RolloutRowsPage = { rows: RolloutRow[]; total: number; page: number; pageCount: number; size: number };

function conditions({ group, stage, province }: RolloutFilter): Prisma.Sql {
  const parts = [Prisma.sql`NOT a."documentHub"`];
  if (group) parts.push(Prisma.sql`${rolloutGroupSql} = ${group}`);
  if (province) parts.push(Prisma.sql`a."parentId" IS NOT NULL AND r."code" = ${province}`);
  if (stage === "NOT_CONNECTED") parts.push(Prisma.sql`s."stage" IS NULL`);
  else if (stage === "ANY_CONNECTED") parts.push(Prisma.sql`s."stage" IS NOT NULL`);
  else if (stage) parts.push(Prisma.sql`s."stage" = ${stage}::"RolloutStage"`);
  return Prisma.join(parts, " AND ");
}

const FROM = (asOf: IsoDate) => Prisma.sql`
  FROM "Agency" a
  LEFT JOIN "Agency" r ON r."id" = a."rootId" AND a."parentId" IS NOT NULL
  LEFT JOIN "Agency" p ON p."id" = a."parentId"
  LEFT JOIN LATERAL (${stageAsOf(asOf)}) s ON true`;

type Raw = Omit<RolloutRow, "province" | "parent"> & {
  rootCode: string | null; rootShortName: string | null; rootNameEn: string | null;
  parentCode: string | null; parentShortName: string | null; parentNameEn: string | null;
};

async function select(asOf: IsoDate, filter: RolloutFilter, limit: number, offset: number): Promise<RolloutRow[]> {
  const rows = await db().$queryRaw<Raw[]>`
    SELECT a."code", a."name", a."shortName", a."nameEn", a."kind", a."identifierCode",
           COALESCE(s."stage"::text, 'NOT_CONNECTED') AS "level", s."reachedOn",
           r."code" AS "rootCode", r."shortName" AS "rootShortName", r."nameEn" AS "rootNameEn",
           p."code" AS "parentCode", p."shortName" AS "parentShortName", p."nameEn" AS "parentNameEn"
    ${FROM(asOf)}
    WHERE ${conditions(filter)}
    ORDER BY a."parentId" IS NOT NULL, a."code"
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(({ rootCode, rootShortName, rootNameEn, parentCode, parentShortName, parentNameEn, ...row }) => ({
    ...row,
    province: rootCode ? { code: rootCode, shortName: rootShortName!, nameEn: rootNameEn! } : null,
    parent: parentCode ? { code: parentCode, shortName: parentShortName!, nameEn: parentNameEn! } : null,
  }));
}

export async function countRolloutAgencies(asOf: IsoDate, filter: RolloutFilter): Promise<number> {
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" ${FROM(asOf)} WHERE ${conditions(filter)}`;
  return total;
}

/** One page of the agencies behind a count, by code (top-level agencies first). */
export async function listRolloutAgencies(asOf: IsoDate, filter: RolloutFilter, page: number): Promise<RolloutRowsPage> {
  const total = await countRolloutAgencies(asOf, filter);
  const pageCount = Math.max(1, Math.ceil(total / ROLLOUT_ROWS_A_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = total === 0 ? [] : await select(asOf, filter, ROLLOUT_ROWS_A_PAGE, (current - 1) * ROLLOUT_ROWS_A_PAGE);
  return { rows, total, page: current, pageCount, size: ROLLOUT_ROWS_A_PAGE };
}

/** Every agency behind a count, up to `limit` rows (a download). */
export async function allRolloutAgencies(asOf: IsoDate, filter: RolloutFilter, limit: number): Promise<RolloutRow[]> {
  return select(asOf, filter, limit, 0);
}

/** A province's names, for a list of its sub-units; null for a code that is no province. */
export async function provinceNames(code: string): Promise<{ shortName: string; nameEn: string } | null> {
  return db().agency.findFirst({ where: { code, kind: "PROVINCE", parentId: null }, select: { shortName: true, nameEn: true } });
}
