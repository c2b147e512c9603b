import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/dates";
import { toNumber } from "./task-basis";

// The rules of DOMAIN.md that the figures are computed by, each written once in SQL, over rows of a
// task basis (lib/data/task-basis.ts) under the alias the query gives them. Each is the twin of a pure
// rule in lib/domain, and lib/data/sql-rules.test.ts holds the two to the same answers.

/** The aliases the queries give basis rows ("b", the as-of rows; "f", the earlier ones; "r", a record). */
export type RowAlias = "b" | "f" | "r";

const column = (alias: RowAlias | "p", name: string) => Prisma.raw(`${alias}."${name}"`);

/** In the denominator: assigned and not withdrawn (ASSIGNED_STATUSES). Rows of a LEFT JOIN that found none count nowhere. */
export function inTotal(alias: RowAlias = "b"): Prisma.Sql {
  return Prisma.sql`${column(alias, "status")} <> 'WITHDRAWN'`;
}

/** Overdue as of `asOf` (isOverdue): a deadline before the day, and not completed nor withdrawn. */
export function overdueCondition(asOf: IsoDate, alias: RowAlias = "b"): Prisma.Sql {
  return Prisma.sql`(${column(alias, "deadline")} < ${asOf} AND ${column(alias, "status")} IN ('NOT_STARTED', 'IN_PROGRESS'))`;
}

/** 1 or 0, for a SUM. */
export function countIf(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
}

/** The counts every figure is made of, as columns: assigned, completed, in progress, not started, withdrawn, overdue. */
export function statusCounts(asOf: IsoDate, alias: RowAlias = "b"): Prisma.Sql {
  const status = column(alias, "status");
  return Prisma.sql`
    ${countIf(inTotal(alias))} AS "assigned",
    ${countIf(Prisma.sql`${status} = 'COMPLETED'`)} AS "completed",
    ${countIf(Prisma.sql`${status} = 'IN_PROGRESS'`)} AS "inProgress",
    ${countIf(Prisma.sql`${status} = 'NOT_STARTED'`)} AS "notStarted",
    ${countIf(Prisma.sql`${status} = 'WITHDRAWN'`)} AS "withdrawn",
    ${countIf(overdueCondition(asOf, alias))} AS "overdue"`;
}

export type StatusCounts = { assigned: number; completed: number; inProgress: number; notStarted: number; withdrawn: number; overdue: number };
export type StatusCountRow = { [K in keyof StatusCounts]: bigint | number | null };

/** The statusCounts columns of a row as numbers. */
export function toStatusCounts(row: Partial<StatusCountRow> | undefined): StatusCounts {
  return {
    assigned: toNumber(row?.assigned),
    completed: toNumber(row?.completed),
    inProgress: toNumber(row?.inProgress),
    notStarted: toNumber(row?.notStarted),
    withdrawn: toNumber(row?.withdrawn),
    overdue: toNumber(row?.overdue),
  };
}

/**
 * The task's class as of `asOf` (classifyTask in lib/domain/task-class.ts): completed on time or late,
 * overdue, in progress, not started, no deadline, withdrawn.
 */
export function classExpression(asOf: IsoDate, alias: RowAlias = "b"): Prisma.Sql {
  const [status, deadline, completedOn] = ["status", "deadline", "completedOn"].map((name) => column(alias, name));
  return Prisma.sql`CASE
    WHEN ${status} = 'WITHDRAWN' THEN 'WITHDRAWN'
    WHEN ${status} = 'COMPLETED' THEN
      CASE WHEN ${deadline} IS NOT NULL AND ${completedOn} IS NOT NULL AND ${completedOn} > ${deadline}
           THEN 'COMPLETED_LATE' ELSE 'COMPLETED_ON_TIME' END
    WHEN ${deadline} IS NULL THEN 'NO_DEADLINE'
    WHEN ${overdueCondition(asOf, alias)} THEN 'OVERDUE'
    WHEN ${status} = 'IN_PROGRESS' THEN 'IN_PROGRESS'
    ELSE 'NOT_STARTED' END`;
}

/** An action plan (aliased "p") issued by `asOf` (isPlanIssued): marked issued, on or before the day when dated. */
export function planIssuedCondition(asOf: IsoDate): Prisma.Sql {
  return Prisma.sql`(COALESCE(${column("p", "issued")}, FALSE) AND (${column("p", "issuedOn")} IS NULL OR ${column("p", "issuedOn")} <= ${asOf}))`;
}

/**
 * Whether agency row `unit` is the agency `of` or a unit below it, whose tasks its figures count: a
 * province with its departments, districts and communes; a district with its communes. Three levels
 * at most, as in Vietnam's administration (DOMAIN.md), so the parent and the top-level agency say it all.
 */
function inTree(unit: string, of: Prisma.Sql | string): Prisma.Sql {
  const u = Prisma.raw(unit);
  return Prisma.sql`(${u}."id" = ${of} OR ${u}."parentId" = ${of} OR ${u}."rootId" = ${of})`;
}

/** The ids of an agency (by id, or a column holding one) and every unit below it. */
export function agencyTree(agencyId: Prisma.Sql | string): Prisma.Sql {
  return Prisma.sql`SELECT s."id" FROM "Agency" s WHERE ${inTree("s", agencyId)}`;
}

/** The ids of the agencies with these codes and every unit below them. */
export function agencyTreeOfCodes(codes: string[]): Prisma.Sql {
  return Prisma.sql`SELECT s."id" FROM "Agency" x JOIN "Agency" s ON ${inTree("s", Prisma.sql`x."id"`)} WHERE x."code" IN (${Prisma.join(codes)})`;
}
