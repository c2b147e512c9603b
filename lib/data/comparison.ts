import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusCounts } from "./sql-rules";
import "server-only";
import { keptFigures } from "./kept-figures";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import type { TaskStatusValue } from "@/lib/domain/task-class";
import { agenciesWithNoneCompleted, getAgencyBreakdown, getStatusCounts, type AgencyCounts } from "./progress";
import { overdueCondition } from "./sql-rules";
import { basisRows, type Basis } from "./task-basis";

export type Side = { basis: Basis; asOf: IsoDate };

export type TaskChange = {
  code: string;
  title: string;
  agencyCode: string;
  agencyShortName: string;
  agencyNameEn: string;
  fromStatus: TaskStatusValue | null;
  toStatus: TaskStatusValue;
  deadline: IsoDate | null;
  completedOn: IsoDate | null;
};

export type AgencyChange = {
  code: string;
  shortName: string;
  nameEn: string;
  from: { assigned: number; completed: number } | null;
  to: { assigned: number; completed: number } | null;
};

export type AgencyRef = { code: string; shortName: string; nameEn: string };

export const CHANGE_GROUPS = ["becameCompleted", "fellOverdue", "added", "withdrawn", "noLongerCompleted"] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

export type Comparison = {
  from: StatusCounts;
  to: StatusCounts;
  /** Each snapshot's per-agency counts, for a caller that shows one of them in full. */
  breakdown: { from: AgencyCounts[]; to: AgencyCounts[] };
  agencies: AgencyChange[];
  /** How many tasks each list holds; a list itself may hold only its first rows (`limit`). */
  totals: Record<ChangeGroup, number>;
  becameCompleted: TaskChange[];
  noLongerCompleted: TaskChange[];
  fellOverdue: TaskChange[];
  added: TaskChange[];
  withdrawn: TaskChange[];
  intoNoneCompleted: AgencyRef[];
  outOfNoneCompleted: AgencyRef[];
};

type TransitionRow = TaskChange & { group: ChangeGroup; total: number };

/**
 * The tasks whose standing differs between two snapshots, in five lists: completed, no longer
 * completed, fallen overdue, added (not yet assigned before) or withdrawn since. One query over both
 * row sources, which counts each list and returns its first `limit` rows by code (all, with none):
 * between two quarters of a national programme the lists run to thousands.
 */
async function transitions(from: Side, to: Side, limit: number | null): Promise<TransitionRow[]> {
  return keptFigures([from.basis, to.basis], "transitions", [from.asOf, to.asOf, limit], () => db().$queryRaw<TransitionRow[]>`
    WITH x AS MATERIALIZED (
      SELECT b."taskId", b."leadAgencyId", f."status" AS "fromStatus", b."status" AS "toStatus", b."deadline", b."completedOn",
             f."taskId" IS NOT NULL AS "present",
             COALESCE(${overdueCondition(from.asOf, "f")}, false) AS "wasOverdue",
             ${overdueCondition(to.asOf)} AS "isOverdue"
      FROM (${basisRows(to.basis)}) b
      LEFT JOIN (${basisRows(from.basis)}) f ON f."taskId" = b."taskId"
      WHERE f."taskId" IS NULL
         OR f."status" <> b."status"
         OR (${overdueCondition(to.asOf)} AND NOT ${overdueCondition(from.asOf, "f")})
    ), y AS (
      SELECT 'becameCompleted' AS "group", x.* FROM x WHERE x."toStatus" = 'COMPLETED' AND x."fromStatus" IS DISTINCT FROM 'COMPLETED'
      UNION ALL SELECT 'noLongerCompleted', x.* FROM x WHERE x."fromStatus" = 'COMPLETED' AND x."toStatus" <> 'COMPLETED'
      UNION ALL SELECT 'fellOverdue', x.* FROM x WHERE x."isOverdue" AND NOT x."wasOverdue"
      UNION ALL SELECT 'added', x.* FROM x WHERE NOT x."present" AND x."toStatus" <> 'WITHDRAWN'
      -- A task both added and withdrawn between the two is in neither list: it never counted.
      UNION ALL SELECT 'withdrawn', x.* FROM x WHERE x."present" AND x."toStatus" = 'WITHDRAWN' AND x."fromStatus" <> 'WITHDRAWN'
    ), z AS (
      SELECT y.*, t."code", t."title", a."code" AS "agencyCode", a."shortName" AS "agencyShortName", a."nameEn" AS "agencyNameEn",
             row_number() OVER (PARTITION BY y."group" ORDER BY t."code") AS "n",
             count(*) OVER (PARTITION BY y."group")::int AS "total"
      FROM y
      JOIN "Task" t ON t."id" = y."taskId"
      JOIN "Agency" a ON a."id" = y."leadAgencyId"
    )
    SELECT z."group", z."total", z."code", z."title", z."agencyCode", z."agencyShortName", z."agencyNameEn",
           z."fromStatus", z."toStatus", z."deadline", z."completedOn"
    FROM z
    WHERE ${limit === null ? Prisma.sql`true` : Prisma.sql`z."n" <= ${limit}`}
    ORDER BY z."group", z."code"`);
}

function agencyChanges(from: AgencyCounts[], to: AgencyCounts[]): AgencyChange[] {
  const codes = new Map<string, AgencyRef>();
  for (const row of [...to, ...from]) if (!codes.has(row.code)) codes.set(row.code, { code: row.code, shortName: row.shortName, nameEn: row.nameEn });
  const pick = (rows: AgencyCounts[], code: string) => {
    const row = rows.find((r) => r.code === code);
    return row ? { assigned: row.assigned, completed: row.completed } : null;
  };
  return [...codes.values()]
    .map((agency) => ({ ...agency, from: pick(from, agency.code), to: pick(to, agency.code) }))
    .sort((a, b) => (b.to?.completed ?? 0) - (b.from?.completed ?? 0) - ((a.to?.completed ?? 0) - (a.from?.completed ?? 0)) || a.code.localeCompare(b.code));
}

/** Two quarters (or days) side by side: the totals, each agency, and what moved between them. */
export async function compareSnapshots(from: Side, to: Side, { limit = null }: { limit?: number | null } = {}): Promise<Comparison> {
  const [fromCounts, toCounts, fromAgencies, toAgencies, rows] = await Promise.all([
    getStatusCounts(from.basis, from.asOf),
    getStatusCounts(to.basis, to.asOf),
    getAgencyBreakdown(from.basis, from.asOf),
    getAgencyBreakdown(to.basis, to.asOf),
    transitions(from, to, limit),
  ]);
  const agencies = agencyChanges(fromAgencies, toAgencies);
  const totals = Object.fromEntries(CHANGE_GROUPS.map((group) => [group, 0])) as Record<ChangeGroup, number>;
  const lists = Object.fromEntries(CHANGE_GROUPS.map((group) => [group, [] as TaskChange[]])) as Record<ChangeGroup, TaskChange[]>;
  for (const { group, total, ...task } of rows) {
    totals[group] = total;
    lists[group].push(task);
  }
  const noneBefore = new Set(agenciesWithNoneCompleted(fromAgencies).map((a) => a.code));
  const noneAfter = new Set(agenciesWithNoneCompleted(toAgencies).map((a) => a.code));
  const ref = (code: string): AgencyRef => {
    const a = agencies.find((x) => x.code === code)!;
    return { code, shortName: a.shortName, nameEn: a.nameEn };
  };
  return {
    from: fromCounts,
    to: toCounts,
    breakdown: { from: fromAgencies, to: toAgencies },
    agencies,
    totals,
    ...lists,
    intoNoneCompleted: [...noneAfter].filter((c) => !noneBefore.has(c)).sort().map(ref),
    outOfNoneCompleted: [...noneBefore].filter((c) => !noneAfter.has(c) && agencies.some((a) => a.code === c && a.to)).sort().map(ref),
  };
}
