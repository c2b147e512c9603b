import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { agencyTreeOfCodes } from "./sql-rules";
import type { IsoDate } from "@/lib/domain/dates";
import { toNumber } from "./task-basis";

export type ChangeRow = {
  id: string;
  changedAt: Date;
  effectiveOn: IsoDate;
  taskCode: string;
  taskTitle: string;
  agencyCode: string;
  agencyShortName: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  evidenceNumber: string | null;
  evidenceDate: IsoDate | null;
  by: string | null;
};

export type ChangeFilters = { agency?: string; from?: IsoDate; to?: IsoDate; page: number; size: number };

/**
 * Status changes across all agencies, newest recorded first, by the task's lead agency and the day
 * they were recorded (Vietnam time). Two queries: the count and one page.
 */
export async function listRecentChanges(filters: ChangeFilters): Promise<{ rows: ChangeRow[]; total: number; page: number; pageCount: number }> {
  const where: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (filters.agency) where.push(Prisma.sql`t."leadAgencyId" IN (${agencyTreeOfCodes([filters.agency])})`);
  // A day in Vietnam runs from its midnight at +07:00 to the next; the instants are timestamptz.
  if (filters.from) where.push(Prisma.sql`h."changedAt" >= ${new Date(`${filters.from}T00:00:00+07:00`)}`);
  if (filters.to) where.push(Prisma.sql`h."changedAt" < ${new Date(new Date(`${filters.to}T00:00:00+07:00`).getTime() + 86_400_000)}`);
  const from = Prisma.sql`FROM "TaskStatusChange" h JOIN "Task" t ON t."id" = h."taskId" JOIN "Agency" a ON a."id" = t."leadAgencyId"
    LEFT JOIN "User" u ON u."id" = h."changedById" WHERE ${Prisma.join(where, " AND ")}`;
  const [{ total }] = await db().$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS "total" ${from}`;
  const count = toNumber(total);
  const pageCount = Math.max(1, Math.ceil(count / filters.size));
  const page = Math.min(filters.page, pageCount);
  const rows = await db().$queryRaw<(Omit<ChangeRow, "changedAt"> & { changedAt: Date | string | number })[]>`
    SELECT h."id" AS "id", h."changedAt" AS "changedAt", h."effectiveOn" AS "effectiveOn", t."code" AS "taskCode", t."title" AS "taskTitle",
           a."code" AS "agencyCode", a."shortName" AS "agencyShortName", h."fromStatus" AS "fromStatus", h."toStatus" AS "toStatus",
           h."note" AS "note", h."evidenceNumber" AS "evidenceNumber", h."evidenceDate" AS "evidenceDate", u."displayName" AS "by"
    ${from}
    ORDER BY h."changedAt" DESC, h."id" DESC
    LIMIT ${filters.size} OFFSET ${(page - 1) * filters.size}`;
  return { rows: rows.map((row) => ({ ...row, changedAt: new Date(row.changedAt) })), total: count, page, pageCount };
}
