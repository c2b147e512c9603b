import { Prisma } from "@/lib/generated/prisma/client";
import "server-only";
import { keptFigures } from "./kept-figures";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import { daysBetween } from "@/lib/domain/dates";
import { countIf, inTotal, statusCounts, toStatusCounts, type StatusCountRow, type StatusCounts } from "./sql-rules";
import { basisRows, type Basis } from "./task-basis";

/** Counts by status for all tasks of the basis; overdue is judged as of `asOf`. */
export async function getStatusCounts(basis: Basis, asOf: IsoDate): Promise<StatusCounts> {
  return keptFigures([basis], "getStatusCounts", [asOf], async () => {
    const rows = await db().$queryRaw<StatusCountRow[]>`
      SELECT ${statusCounts(asOf)} FROM (${basisRows(basis)}) b`;
    return toStatusCounts(rows[0]);
  });
}

export type AgencyCounts = StatusCounts & {
  agencyId: string;
  code: string;
  shortName: string;
  name: string;
  nameEn: string;
  kind: string;
};

/** One row per top-level agency with at least one assigned task (its units' tasks counted in), most completed first. */
export async function getAgencyBreakdown(basis: Basis, asOf: IsoDate): Promise<AgencyCounts[]> {
  return keptFigures([basis], "getAgencyBreakdown", [asOf], async () => {
    const rows = await db().$queryRaw<(StatusCountRow & Omit<AgencyCounts, keyof StatusCounts>)[]>`
      SELECT a."id" AS "agencyId", a."code" AS "code", a."shortName" AS "shortName", a."name" AS "name",
             a."nameEn" AS "nameEn", a."kind" AS "kind", ${statusCounts(asOf)}
      FROM (${basisRows(basis)}) b
      JOIN "Agency" a ON a."id" = b."rootAgencyId"
      GROUP BY a."id", a."code", a."shortName", a."name", a."nameEn", a."kind"
      HAVING ${countIf(inTotal())} > 0
      ORDER BY "completed" DESC, "assigned" DESC, a."code" ASC`;
    return rows.map((row) => ({
      agencyId: row.agencyId,
      code: row.code,
      shortName: row.shortName,
      name: row.name,
      nameEn: row.nameEn,
      kind: row.kind,
      ...toStatusCounts(row),
    }));
  });
}

/** Highest rate first; ties by the number completed, then by code (agencies with tasks, not tasks). */
export function byRate(a: AgencyCounts, b: AgencyCounts): number {
  return b.completed / b.assigned - a.completed / a.assigned || b.completed - a.completed || a.code.localeCompare(b.code);
}

/** Agencies with at least one assigned task and none completed ("3/23" in the Q1/2017 report). */
export function agenciesWithNoneCompleted(breakdown: AgencyCounts[]): AgencyCounts[] {
  return breakdown.filter((row) => row.assigned > 0 && row.completed === 0);
}

export type OverdueTask = {
  taskId: string;
  code: string;
  title: string;
  deadline: IsoDate;
  status: string;
  agencyCode: string;
  agencyShortName: string;
  agencyNameEn: string;
  daysOverdue: number;
};

/** Tasks overdue as of `asOf`, most overdue first: all, or the first `limit`. */
export async function getOverdueTasks(basis: Basis, asOf: IsoDate, limit: number | null = null): Promise<OverdueTask[]> {
  return keptFigures([basis], "getOverdueTasks", [asOf, limit], async () => {
    const rows = await db().$queryRaw<Omit<OverdueTask, "daysOverdue">[]>`
      SELECT t."id" AS "taskId", t."code" AS "code", t."title" AS "title", b."deadline" AS "deadline",
             b."status" AS "status", a."code" AS "agencyCode", a."shortName" AS "agencyShortName", a."nameEn" AS "agencyNameEn"
      FROM (${basisRows(basis)}) b
      JOIN "Task" t ON t."id" = b."taskId"
      JOIN "Agency" a ON a."id" = b."leadAgencyId"
      WHERE b."deadline" < ${asOf} AND b."status" IN ('NOT_STARTED', 'IN_PROGRESS')
      ORDER BY b."deadline" ASC, t."code" ASC
      ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
    return rows.map((row) => ({ ...row, daysOverdue: daysBetween(row.deadline, asOf) }));
  });
}
