import "server-only";
import { keptFigures } from "./kept-figures";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { AgencyKindValue, AnyAgencyKind } from "@/lib/domain/agency-kind";
import type { IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { agencyTree, planIssuedCondition, statusCounts, toStatusCounts, type StatusCountRow, type StatusCounts } from "./sql-rules";
import { basisRows, type Basis } from "./task-basis";

import type { AgencyListSort } from "@/lib/domain/list-query";
export type AgencySort = AgencyListSort;

export type AgencyRow = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  kind: AnyAgencyKind;
  planIssued: boolean;
} & StatusCounts;

type RawAgencyRow = Omit<AgencyRow, keyof StatusCounts | "planIssued"> & StatusCountRow & { planIssued: bigint | number };

// Over the rows of agencyQuery, aliased x (an ORDER BY may not use a result's names inside expressions).
const ORDER: Record<AgencySort, Prisma.Sql> = {
  name: Prisma.sql`substr(x."searchText", length(x."code") + 2)`,
  kind: Prisma.sql`CASE x."kind" WHEN 'MINISTRY' THEN 1 WHEN 'MINISTRY_LEVEL' THEN 2 WHEN 'GOVERNMENT_AGENCY' THEN 3 WHEN 'OTHER' THEN 4 ELSE 5 END`,
  assigned: Prisma.sql`x."assigned"`,
  completed: Prisma.sql`x."completed"`,
  rate: Prisma.sql`CAST(x."completed" AS REAL) / NULLIF(x."assigned", 0)`,
  overdue: Prisma.sql`x."overdue"`,
};

function toRow({ searchText: _searchText, ...row }: RawAgencyRow & { searchText: string }): AgencyRow {
  return {
    ...row,
    ...toStatusCounts(row),
    planIssued: Number(row.planIssued) === 1,
  };
}

/**
 * Agencies with their figures. `counts` says which tasks an agency's figures count: for a top-level
 * agency those its whole tree leads (one indexed column, the lead's top-level agency); for a unit
 * within a province, its own and those of the units below it.
 */
function agencyQuery(basis: Basis, asOf: IsoDate, programmeId: string, where: Prisma.Sql, order: Prisma.Sql, counts: "tree" | "root" = "root"): Prisma.Sql {
  const joined = counts === "root" ? Prisma.sql`b."rootAgencyId" = a."id"` : Prisma.sql`b."leadAgencyId" IN (${agencyTree(Prisma.sql`a."id"`)})`;
  return Prisma.sql`
    SELECT x.* FROM (
      SELECT a."id" AS "id", a."code" AS "code", a."name" AS "name", a."shortName" AS "shortName",
             a."nameEn" AS "nameEn", a."kind" AS "kind", a."searchText" AS "searchText",
             ${statusCounts(asOf)},
             MAX(CASE WHEN ${planIssuedCondition(asOf)} THEN 1 ELSE 0 END) AS "planIssued"
      FROM "Agency" a
      LEFT JOIN (${basisRows(basis)}) b ON ${joined}
      LEFT JOIN "ActionPlan" p ON p."agencyId" = a."id" AND p."programmeId" = ${programmeId}
      WHERE ${where}
      GROUP BY a."id", a."code", a."name", a."shortName", a."nameEn", a."kind", a."searchText"
    ) x
    ORDER BY ${order}`;
}

/** Every top-level agency (ministry, province, …) with its figures as of the basis, its units' tasks included, in one query; agencies without tasks have zeros. */
export async function listAgencies(
  basis: Basis,
  asOf: IsoDate,
  programmeId: string,
  options: { sort: AgencySort; dir: "asc" | "desc"; kind: AgencyKindValue[]; locale?: Locale },
): Promise<AgencyRow[]> {
  return keptFigures([basis], "listAgencies", [asOf, programmeId, options], async () => {
    const where = options.kind.length ? Prisma.sql`a."parentId" IS NULL AND a."kind" IN (${Prisma.join(options.kind)})` : Prisma.sql`a."parentId" IS NULL`;
    const direction = Prisma.raw(options.dir === "desc" ? "DESC" : "ASC");
    // Agencies with no rate sort after every agency with one, in both directions.
    const nullsLast = options.sort === "rate" ? Prisma.sql`x."assigned" = 0, ` : Prisma.empty;
    // English readers see the English names, so those are what sort by name.
    const key = options.sort === "name" && options.locale === "en" ? Prisma.sql`lower(x."nameEn")` : ORDER[options.sort];
    const order = Prisma.sql`${nullsLast}${key} ${direction}, x."code" ASC`;
    const rows = await db().$queryRaw<(RawAgencyRow & { searchText: string })[]>(agencyQuery(basis, asOf, programmeId, where, order));
    return rows.map(toRow);
  }, { alsoLive: true });
}

/** One agency with its figures as of the basis (its units' tasks included), or null for an unknown code. */
export async function getAgencyFigures(basis: Basis, asOf: IsoDate, programmeId: string, code: string): Promise<AgencyRow | null> {
  return keptFigures([basis], "getAgencyFigures", [asOf, programmeId, code], async () => {
    const rows = await db().$queryRaw<(RawAgencyRow & { searchText: string })[]>(
      agencyQuery(basis, asOf, programmeId, Prisma.sql`a."code" = ${code}`, Prisma.sql`x."code"`, "tree"),
    );
    return rows[0] ? toRow(rows[0]) : null;
  }, { alsoLive: true });
}

export async function getActionPlan(programmeId: string, agencyId: string) {
  return db().actionPlan.findUnique({
    where: { programmeId_agencyId: { programmeId, agencyId } },
    select: { issued: true, documentNumber: true, issuedOn: true },
  });
}
