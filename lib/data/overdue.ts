import "server-only";
import { keptFigures } from "./kept-figures";
import { db } from "@/lib/db";
import { daysBetween, type IsoDate } from "@/lib/domain/dates";
import { basisRows, type Basis } from "./task-basis";

// The overdue view at national scale: thousands of overdue tasks are read a page of agencies at a
// time, each with its oldest few; the rest are one link away in the task list.

export const OVERDUE_AGENCIES_A_PAGE = 10;
export const OVERDUE_TASKS_AN_AGENCY = 5;

export type OverdueRow = {
  taskId: string;
  code: string;
  title: string;
  deadline: IsoDate;
  status: "NOT_STARTED" | "IN_PROGRESS";
  /** The lead: the agency itself, or one of its units. */
  leadCode: string;
  leadShortName: string;
  leadNameEn: string;
  daysOverdue: number;
};

export type OverdueGroup = { code: string; shortName: string; nameEn: string; count: number; oldest: IsoDate; tasks: OverdueRow[] };

export type OverduePage = { tasks: number; agencies: number; page: number; pageCount: number; groups: OverdueGroup[] };

/** Agencies (a unit's tasks with its top-level agency) with overdue tasks as of `asOf`, the longest overdue first. */
export async function getOverduePage(basis: Basis, asOf: IsoDate, page: number): Promise<OverduePage> {
  return keptFigures([basis], "getOverduePage", [asOf, page], async () => {
    const [summary] = await db().$queryRaw<{ tasks: number; agencies: number }[]>`
      SELECT count(*)::int AS "tasks", count(DISTINCT b."rootAgencyId")::int AS "agencies"
      FROM (${basisRows(basis)}) b
      WHERE b."deadline" < ${asOf} AND b."status" IN ('NOT_STARTED', 'IN_PROGRESS')`;
    const pageCount = Math.max(1, Math.ceil(summary.agencies / OVERDUE_AGENCIES_A_PAGE));
    const current = Math.min(page, pageCount);
    if (summary.tasks === 0) return { ...summary, page: 1, pageCount, groups: [] };
    const rows = await db().$queryRaw<(Omit<OverdueRow, "daysOverdue"> & { rootId: string; rootCode: string; rootShortName: string; rootNameEn: string; count: number; oldest: IsoDate })[]>`
      WITH o AS MATERIALIZED (
        SELECT b."taskId", b."leadAgencyId", b."rootAgencyId", b."deadline", b."status"
        FROM (${basisRows(basis)}) b
        WHERE b."deadline" < ${asOf} AND b."status" IN ('NOT_STARTED', 'IN_PROGRESS')
      ), g AS (
        SELECT o."rootAgencyId", count(*)::int AS "count", min(o."deadline") AS "oldest"
        FROM o GROUP BY o."rootAgencyId"
        ORDER BY "oldest" ASC, "count" DESC, o."rootAgencyId" ASC
        LIMIT ${OVERDUE_AGENCIES_A_PAGE} OFFSET ${(current - 1) * OVERDUE_AGENCIES_A_PAGE}
      )
      SELECT g."rootAgencyId" AS "rootId", ra."code" AS "rootCode", ra."shortName" AS "rootShortName", ra."nameEn" AS "rootNameEn",
             g."count", g."oldest", x.*
      FROM g
      JOIN "Agency" ra ON ra."id" = g."rootAgencyId"
      CROSS JOIN LATERAL (
        SELECT o."taskId", t."code", t."title", o."deadline", o."status",
               la."code" AS "leadCode", la."shortName" AS "leadShortName", la."nameEn" AS "leadNameEn"
        FROM o
        JOIN "Task" t ON t."id" = o."taskId"
        JOIN "Agency" la ON la."id" = o."leadAgencyId"
        WHERE o."rootAgencyId" = g."rootAgencyId"
        ORDER BY o."deadline" ASC, t."code" ASC
        LIMIT ${OVERDUE_TASKS_AN_AGENCY}
      ) x
      ORDER BY g."oldest" ASC, g."count" DESC, g."rootAgencyId" ASC, x."deadline" ASC, x."code" ASC`;
    const groups = new Map<string, OverdueGroup>();
    for (const row of rows) {
      let group = groups.get(row.rootId);
      if (!group) groups.set(row.rootId, (group = { code: row.rootCode, shortName: row.rootShortName, nameEn: row.rootNameEn, count: row.count, oldest: row.oldest, tasks: [] }));
      group.tasks.push({
        taskId: row.taskId, code: row.code, title: row.title, deadline: row.deadline, status: row.status,
        leadCode: row.leadCode, leadShortName: row.leadShortName, leadNameEn: row.leadNameEn, daysOverdue: daysBetween(row.deadline, asOf),
      });
    }
    return { ...summary, page: current, pageCount, groups: [...groups.values()] };
  });
}
