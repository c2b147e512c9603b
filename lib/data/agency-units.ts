import "server-only";
import { keptFigures } from "./kept-figures";
import { db } from "@/lib/db";
import type { AnyAgencyKind } from "@/lib/domain/agency-kind";
import type { IsoDate } from "@/lib/domain/dates";
import { statusCounts, toStatusCounts, type StatusCountRow, type StatusCounts } from "./sql-rules";
import { basisRows, toNumber, type Basis } from "./task-basis";

export type UnitRow = { id: string; code: string; shortName: string; nameEn: string; kind: AnyAgencyKind; units: number } & StatusCounts;
export type UnitPage = { rows: UnitRow[]; total: number; page: number; pageCount: number; size: number };

export const UNITS_PER_PAGE = 25;

/**
 * One page of the units directly below an agency (a province's departments and districts, a
 * district's communes), each with its figures and those of the units below it, most overdue first.
 * The rows are read from the agency's own tree only.
 */
export async function listUnits(basis: Basis, asOf: IsoDate, parent: { id: string; rootId: string | null }, page: number): Promise<UnitPage> {
  return keptFigures([basis], "listUnits", [asOf, parent, page], async () => {
    const [{ total }] = await db().$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS "total" FROM "Agency" WHERE "parentId" = ${parent.id}`;
    const count = toNumber(total);
    const pageCount = Math.max(1, Math.ceil(count / UNITS_PER_PAGE));
    const current = Math.min(Math.max(1, page), pageCount);
    if (count === 0) return { rows: [], total: 0, page: 1, pageCount: 1, size: UNITS_PER_PAGE };
    const rows = await db().$queryRaw<(StatusCountRow & Omit<UnitRow, keyof StatusCounts | "units"> & { units: bigint })[]>`
      SELECT c."id" AS "id", c."code" AS "code", c."shortName" AS "shortName", c."nameEn" AS "nameEn", c."kind" AS "kind",
             (SELECT COUNT(*) FROM "Agency" g WHERE g."parentId" = c."id") AS "units",
             ${statusCounts(asOf)}
      FROM "Agency" c
      JOIN "Agency" s ON s."id" = c."id" OR s."parentId" = c."id"
      LEFT JOIN (SELECT * FROM (${basisRows(basis)}) rows WHERE rows."rootAgencyId" = ${parent.rootId ?? parent.id}) b ON b."leadAgencyId" = s."id"
      WHERE c."parentId" = ${parent.id}
      GROUP BY c."id", c."code", c."shortName", c."nameEn", c."kind"
      ORDER BY "overdue" DESC, c."code" ASC
      LIMIT ${UNITS_PER_PAGE} OFFSET ${(current - 1) * UNITS_PER_PAGE}`;
    return {
      rows: rows.map((row) => ({ id: row.id, code: row.code, shortName: row.shortName, nameEn: row.nameEn, kind: row.kind, units: toNumber(row.units), ...toStatusCounts(row) })),
      total: count,
      page: current,
      pageCount,
      size: UNITS_PER_PAGE,
    };
  });
}

/** An agency's place in the tree (its parent, to lead back up, and its top-level agency), and its identifier code. */
export async function agencyPlace(id: string) {
  return db().agency.findUnique({ where: { id }, select: { rootId: true, identifierCode: true, parent: { select: { code: true, shortName: true, nameEn: true } } } });
}
