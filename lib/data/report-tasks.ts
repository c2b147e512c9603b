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
};

/**
 * The tasks an agency's report covers: those it leads that were assigned and not withdrawn by the
 * report's day, each with its status then. One query.
 */
export async function reportTaskRows(programmeId: string, agencyId: string, asOf: IsoDate, client: Client = db()): Promise<ReportTaskRow[]> {
  const rows = await client.$queryRaw<(Omit<ReportTaskRow, "version"> & { version: bigint | number })[]>`
    SELECT b."taskId" AS "taskId", t."code" AS "code", t."title" AS "title", t."deadline" AS "deadline",
           t."deadlineText" AS "deadlineText", b."status" AS "status", t."version" AS "version",
           (SELECT MAX(h."effectiveOn") FROM "TaskStatusChange" h WHERE h."taskId" = t."id") AS "lastChangeOn"
    FROM (${basisRows({ kind: "date", programmeId, asOf })}) b
    JOIN "Task" t ON t."id" = b."taskId"
    WHERE b."leadAgencyId" = ${agencyId} AND ${inTotal()}
    ORDER BY t."code"`;
  return rows.map((row) => ({ ...row, version: Number(row.version) }));
}
