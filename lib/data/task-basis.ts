import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/dates";

/**
 * Where a figure's task rows come from: a closed quarter's frozen record, or the status history read
 * as of a date. Every aggregate is written once over these rows, so the two can never disagree in
 * how they count.
 */
export type Basis =
  /** closedAt (ISO) names the close: figures of a record are kept under it (closed-quarter-cache.ts). */
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
  return Prisma.sql`
    SELECT t."id" AS "taskId", t."leadAgencyId" AS "leadAgencyId", la."rootId" AS "rootAgencyId", h."toStatus" AS "status",
           t."deadline" AS "deadline",
           CASE WHEN h."toStatus" = 'COMPLETED' THEN h."effectiveOn" END AS "completedOn"
    FROM "Task" t
    JOIN "Agency" la ON la."id" = t."leadAgencyId"
    JOIN "TaskStatusChange" h ON h."id" = (
      SELECT h2."id" FROM "TaskStatusChange" h2
      WHERE h2."taskId" = t."id" AND h2."effectiveOn" <= ${basis.asOf}
      ORDER BY h2."effectiveOn" DESC, h2."changedAt" DESC, h2."id" DESC
      LIMIT 1)
    WHERE t."programmeId" = ${basis.programmeId}`;
}

/** SQLite hands COUNT and SUM back as BigInt (safe integers mode); figures are small whole numbers. */
export function toNumber(value: bigint | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
