import "server-only";
import { keptFigures } from "./kept-figures";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { daysBetween, type IsoDate } from "@/lib/domain/dates";
import { foldVietnamese } from "@/lib/domain/fold";
import type { TaskClass, TaskStatusValue } from "@/lib/domain/task-class";
import type { AgencyKindValue } from "@/lib/domain/agency-kind";
import type { TaskFilters, TaskQuery, TaskSort } from "@/lib/domain/list-query";
import { agencyTreeOfCodes, classExpression, overdueCondition } from "./sql-rules";
import { basisRows, toNumber, type Basis } from "./task-basis";

export type TaskListRow = {
  taskId: string;
  code: string;
  title: string;
  agencyCode: string;
  agencyShortName: string;
  agencyName: string;
  agencyKind: AgencyKindValue;
  deadline: IsoDate | null;
  deadlineText: string | null;
  status: TaskStatusValue;
  taskClass: TaskClass;
  completedOn: IsoDate | null;
  daysOverdue: number;
  lastUpdate: IsoDate | null;
};

export type TaskPage = { rows: TaskListRow[]; total: number; page: number; pageCount: number; size: number };

/** An export holds every filtered row up to this many; the page says so when a filter matches more. */
export const EXPORT_LIMIT = 20_000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereClause(filters: TaskFilters, asOf: IsoDate): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  // An agency's tasks are its own and its units'; a kind is that of the top-level agency they count towards.
  if (filters.agency.length) parts.push(Prisma.sql`b."leadAgencyId" IN (${agencyTreeOfCodes(filters.agency)})`);
  if (filters.kind.length) parts.push(Prisma.sql`b."rootAgencyId" IN (SELECT k."id" FROM "Agency" k WHERE k."kind" IN (${Prisma.join(filters.kind)}))`);
  if (filters.status.length) parts.push(Prisma.sql`b."status" IN (${Prisma.join(filters.status)})`);
  if (filters.taskClass.length) parts.push(Prisma.sql`(${classExpression(asOf)}) IN (${Prisma.join(filters.taskClass)})`);
  if (filters.overdue) parts.push(overdueCondition(asOf));
  if (filters.deadlineFrom) parts.push(Prisma.sql`b."deadline" >= ${filters.deadlineFrom}`);
  if (filters.deadlineTo) parts.push(Prisma.sql`b."deadline" <= ${filters.deadlineTo}`);
  // Every word must appear, in the task's text or its lead agency's names, diacritics ignored.
  for (const word of filters.q ? foldVietnamese(filters.q).split(" ") : []) {
    const pattern = `%${escapeLike(word)}%`;
    parts.push(Prisma.sql`(t."searchText" LIKE ${pattern} ESCAPE '\\' OR a."searchText" LIKE ${pattern} ESCAPE '\\')`);
  }
  return Prisma.join(parts, " AND ");
}

/** The day of the task's latest change in effect by `asOf`. (Written out wherever it is sorted on: an
 * ORDER BY may not use a result's name inside an expression.) */
const lastUpdate = (asOf: IsoDate) =>
  Prisma.sql`(SELECT MAX(h."effectiveOn") FROM "TaskStatusChange" h WHERE h."taskId" = t."id" AND h."effectiveOn" <= ${asOf})`;

type SortKey = { sql: Prisma.Sql; order: "directed" | "fixed" | "reversed" };
const by = (sql: Prisma.Sql): SortKey => ({ sql, order: "directed" });
// Empty values stay last whichever way the column is sorted.
const emptyLast = (sql: Prisma.Sql): SortKey => ({ sql: Prisma.sql`${sql} IS NULL`, order: "fixed" });

// Names sort by their folded text (searchText is the code, a space, then the folded names), so that
// "Đ" sorts with "D" rather than after "Z" as a byte comparison would.
const SORT_KEYS: Record<TaskSort, (asOf: IsoDate) => SortKey[]> = {
  code: () => [by(Prisma.sql`t."code"`)],
  title: () => [by(Prisma.sql`substr(t."searchText", length(t."code") + 2)`)],
  agency: () => [by(Prisma.sql`substr(a."searchText", length(a."code") + 2)`)],
  deadline: () => [emptyLast(Prisma.sql`b."deadline"`), by(Prisma.sql`b."deadline"`)],
  status: () => [
    by(Prisma.sql`CASE b."status" WHEN 'COMPLETED' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'NOT_STARTED' THEN 3 ELSE 4 END`),
  ],
  // Tasks not overdue count as zero days; among the overdue, the older the deadline the more days,
  // so more days is an earlier deadline (no date arithmetic, which SQL dialects spell differently).
  daysOverdue: (asOf) => [
    by(Prisma.sql`CASE WHEN ${overdueCondition(asOf)} THEN 1 ELSE 0 END`),
    { sql: Prisma.sql`CASE WHEN ${overdueCondition(asOf)} THEN b."deadline" END`, order: "reversed" },
  ],
  lastUpdate: (asOf) => [emptyLast(lastUpdate(asOf)), by(lastUpdate(asOf))],
};

function orderClause(sort: TaskSort, dir: "asc" | "desc", asOf: IsoDate): Prisma.Sql {
  const direction = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  const reversed = Prisma.raw(dir === "desc" ? "ASC" : "DESC");
  const keys = SORT_KEYS[sort](asOf).map((key) =>
    key.order === "fixed" ? key.sql : Prisma.sql`${key.sql} ${key.order === "directed" ? direction : reversed}`,
  );
  return Prisma.join([...keys, Prisma.sql`t."code" ASC`], ", ");
}

function fromClause(basis: Basis): Prisma.Sql {
  return Prisma.sql`FROM (${basisRows(basis)}) b
    JOIN "Task" t ON t."id" = b."taskId"
    JOIN "Agency" a ON a."id" = b."leadAgencyId"`;
}

type RawRow = Omit<TaskListRow, "daysOverdue">;

async function selectRows(basis: Basis, asOf: IsoDate, query: TaskFilters & Pick<TaskQuery, "sort" | "dir">, limit: number, offset: number) {
  const rows = await db().$queryRaw<RawRow[]>`
    SELECT t."id" AS "taskId", t."code" AS "code", t."title" AS "title",
           a."code" AS "agencyCode", a."shortName" AS "agencyShortName", a."name" AS "agencyName", a."kind" AS "agencyKind",
           b."deadline" AS "deadline", t."deadlineText" AS "deadlineText", b."status" AS "status",
           ${classExpression(asOf)} AS "taskClass", b."completedOn" AS "completedOn",
           ${lastUpdate(asOf)} AS "lastUpdate"
    ${fromClause(basis)}
    WHERE ${whereClause(query, asOf)}
    ORDER BY ${orderClause(query.sort, query.dir, asOf)}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => ({
    ...row,
    daysOverdue: row.taskClass === "OVERDUE" && row.deadline ? daysBetween(row.deadline, asOf) : 0,
  }));
}

export async function countTasks(basis: Basis, asOf: IsoDate, filters: TaskFilters): Promise<number> {
  return keptFigures([basis], "countTasks", [asOf, filters], async () => {
    const [row] = await db().$queryRaw<{ total: bigint }[]>`
      SELECT COUNT(*) AS "total" ${fromClause(basis)} WHERE ${whereClause(filters, asOf)}`;
    return toNumber(row?.total);
  });
}

/** One page of the filtered, sorted list and the total behind it: two queries. */
export async function listTasks(basis: Basis, asOf: IsoDate, query: TaskQuery): Promise<TaskPage> {
  return keptFigures([basis], "listTasks", [asOf, query], async () => {
    const total = await countTasks(basis, asOf, query);
    const pageCount = Math.max(1, Math.ceil(total / query.size));
    const page = Math.min(query.page, pageCount);
    const rows = await selectRows(basis, asOf, query, query.size, (page - 1) * query.size);
    return { rows, total, page, pageCount, size: query.size };
  });
}

/** Every filtered row in the list's order, for the exports (up to EXPORT_LIMIT). */
export async function exportTasks(basis: Basis, asOf: IsoDate, query: TaskFilters & Pick<TaskQuery, "sort" | "dir">): Promise<TaskListRow[]> {
  return selectRows(basis, asOf, query, EXPORT_LIMIT, 0);
}
