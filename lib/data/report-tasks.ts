import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import type { TaskStatusValue } from "@/lib/domain/task-class";
import { inTotal } from "./sql-rules";
import { basisRows } from "./task-basis";

type Client = Prisma.TransactionClient;

export type ReportTaskRow = {
  taskId: string;
  code: string;
  title: string;
  deadline: IsoDate | null;
  deadlineText: string | null;
  /** As of the report's day (the quarter's last day, or today while it runs). */
  status: TaskStatusValue;
  version: number;
  /** The day of the task's latest change: a report cannot record a change before it. */
  lastChangeOn: IsoDate;
  /** The latest document recorded for the task by the report's day, shown beside the form's own fields. */
  evidenceNumber: string | null;
  evidenceDate: IsoDate | null;
};

/**
 * The tasks an agency's report covers: those it leads that were assigned and not withdrawn by the
 * report's day, each with its status then and the latest evidence recorded for it. One query.
 */
export async function reportTaskRows(programmeId: string, agencyId: string, asOf: IsoDate, client: Client = db()): Promise<ReportTaskRow[]> {
  const rows = await client.$queryRaw<(Omit<ReportTaskRow, "version"> & { version: bigint | number })[]>`
    SELECT b."taskId" AS "taskId", t."code" AS "code", t."title" AS "title", t."deadline" AS "deadline",
           t."deadlineText" AS "deadlineText", b."status" AS "status", t."version" AS "version",
           (SELECT MAX(h."effectiveOn") FROM "TaskStatusChange" h WHERE h."taskId" = t."id") AS "lastChangeOn",
           e."evidenceNumber" AS "evidenceNumber", e."evidenceDate" AS "evidenceDate"
    FROM (${basisRows({ kind: "date", programmeId, asOf })}) b
    JOIN "Task" t ON t."id" = b."taskId"
    LEFT JOIN LATERAL (
      SELECT h."evidenceNumber", h."evidenceDate" FROM "TaskStatusChange" h
      -- Of a change to the status the task has: a completion since corrected back shows no document.
      WHERE h."taskId" = t."id" AND h."evidenceNumber" IS NOT NULL AND h."effectiveOn" <= ${asOf} AND h."toStatus" = b."status"
      ORDER BY h."effectiveOn" DESC, h."changedAt" DESC, h."id" DESC LIMIT 1
    ) e ON true
    WHERE b."leadAgencyId" = ${agencyId} AND ${inTotal()}
    ORDER BY t."code"`;
  return rows.map((row) => ({ ...row, version: Number(row.version) }));
}
