import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/dates";

/**
 * Where a figure's task rows come from: a closed quarter's frozen record, or the status history read
 * as of a date. Every aggregate is written once over these rows, so the two can never disagree in
 * how they count.
 */
export type Basis =
  /** closedAt (ISO) names the close: figures of a record are kept under it (kept-figures.ts). */
  | { kind: "record"; periodId: string; closedAt?: string }
  | { kind: "date"; programmeId: string; asOf: IsoDate };

/**
 * Rows ("taskId", "leadAgencyId", "rootAgencyId", "status", "deadline", "completedOn") of every task
 * assigned by then; "rootAgencyId" is the lead's top-level agency, which a sub-unit's task counts towards.
 */
export function basisRows(basis: Basis): Prisma.Sql {
  if (basis.kind === "record") {
    return Prisma.sql`
      SELECT r."taskId" AS "taskId", r."leadAgencyId" AS "leadAgencyId", la."rootId" AS "rootAgencyId", r."status" AS "status",
             r."deadline" AS "deadline", r."completedOn" AS "completedOn"
      FROM "PeriodTaskRecord" r
      JOIN "Agency" la ON la."id" = r."leadAgencyId"
      WHERE r."periodId" = ${basis.periodId}`;
  }
  // The latest change in effect on the day; a task with no change in effect yet was not yet assigned.
  // Most tasks have not changed since the day asked (always so for today): their latest change, kept
  // on the task by the database (Task.latestStatus, latestEffectiveOn), is the answer, and only the
  // others look their history up. CASE evaluates a subquery only for the rows that reach it.
  const earlier = (column: Prisma.Sql) => Prisma.sql`(
      SELECT ${column} FROM "TaskStatusChange" h
      WHERE h."taskId" = t."id" AND h."effectiveOn" <= ${basis.asOf}
      ORDER BY h."effectiveOn" DESC, h."changedAt" DESC, h."id" DESC
      LIMIT 1)`;
  return Prisma.sql`
    SELECT x."taskId", x."leadAgencyId", x."rootAgencyId", x."status", x."deadline",
           CASE WHEN x."status" = 'COMPLETED' THEN x."effectiveOn" END AS "completedOn"
    FROM (
      SELECT t."id" AS "taskId", t."leadAgencyId" AS "leadAgencyId", la."rootId" AS "rootAgencyId", t."deadline" AS "deadline",
             CASE WHEN t."latestEffectiveOn" <= ${basis.asOf} THEN t."latestStatus" ELSE ${earlier(Prisma.sql`h."toStatus"`)} END AS "status",
             CASE WHEN t."latestEffectiveOn" <= ${basis.asOf} THEN t."latestEffectiveOn" ELSE ${earlier(Prisma.sql`h."effectiveOn"`)} END AS "effectiveOn"
      FROM "Task" t
      JOIN "Agency" la ON la."id" = t."leadAgencyId"
      WHERE t."programmeId" = ${basis.programmeId} AND t."latestEffectiveOn" IS NOT NULL
    ) x
    WHERE x."status" IS NOT NULL`;
}

/** SQLite hands COUNT and SUM back as BigInt (safe integers mode); figures are small whole numbers. */
export function toNumber(value: bigint | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
