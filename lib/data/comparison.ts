import type { StatusCounts } from "./sql-rules";
import "server-only";
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

export type Comparison = {
  from: StatusCounts;
  to: StatusCounts;
  /** Each snapshot's per-agency counts, for a caller that shows one of them in full. */
  breakdown: { from: AgencyCounts[]; to: AgencyCounts[] };
  agencies: AgencyChange[];
  becameCompleted: TaskChange[];
  noLongerCompleted: TaskChange[];
  fellOverdue: TaskChange[];
  added: TaskChange[];
  withdrawn: TaskChange[];
  intoNoneCompleted: AgencyRef[];
  outOfNoneCompleted: AgencyRef[];
};

type TransitionRow = TaskChange & { wasOverdue: bigint | number; isOverdue: bigint | number; present: bigint | number };

/**
 * The tasks whose standing differs between two snapshots: completed, no longer completed, fallen
 * overdue, added (not yet assigned before) or withdrawn since. One query over both row sources.
 */
async function transitions(from: Side, to: Side): Promise<TransitionRow[]> {
  return db().$queryRaw<TransitionRow[]>`
    SELECT t."code" AS "code", t."title" AS "title", a."code" AS "agencyCode", a."shortName" AS "agencyShortName",
           a."nameEn" AS "agencyNameEn", f."status" AS "fromStatus", b."status" AS "toStatus", b."deadline" AS "deadline",
           b."completedOn" AS "completedOn",
           CASE WHEN f."taskId" IS NULL THEN 0 ELSE 1 END AS "present",
           CASE WHEN ${overdueCondition(from.asOf, "f")} THEN 1 ELSE 0 END AS "wasOverdue",
           CASE WHEN ${overdueCondition(to.asOf)} THEN 1 ELSE 0 END AS "isOverdue"
    FROM (${basisRows(to.basis)}) b
    LEFT JOIN (${basisRows(from.basis)}) f ON f."taskId" = b."taskId"
    JOIN "Task" t ON t."id" = b."taskId"
    JOIN "Agency" a ON a."id" = b."leadAgencyId"
    WHERE f."taskId" IS NULL
       OR f."status" <> b."status"
       OR (${overdueCondition(to.asOf)} AND NOT ${overdueCondition(from.asOf, "f")})
    ORDER BY t."code"`;
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
export async function compareSnapshots(from: Side, to: Side): Promise<Comparison> {
  const [fromCounts, toCounts, fromAgencies, toAgencies, rows] = await Promise.all([
    getStatusCounts(from.basis, from.asOf),
    getStatusCounts(to.basis, to.asOf),
    getAgencyBreakdown(from.basis, from.asOf),
    getAgencyBreakdown(to.basis, to.asOf),
    transitions(from, to),
  ]);
  const agencies = agencyChanges(fromAgencies, toAgencies);
  const task = ({ wasOverdue: _w, isOverdue: _i, present: _p, ...rest }: TransitionRow): TaskChange => rest;
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
    becameCompleted: rows.filter((r) => r.toStatus === "COMPLETED" && r.fromStatus !== "COMPLETED").map(task),
    noLongerCompleted: rows.filter((r) => r.fromStatus === "COMPLETED" && r.toStatus !== "COMPLETED").map(task),
    fellOverdue: rows.filter((r) => Number(r.isOverdue) === 1 && Number(r.wasOverdue) === 0).map(task),
    added: rows.filter((r) => Number(r.present) === 0 && r.toStatus !== "WITHDRAWN").map(task),
    // A task both added and withdrawn between the two is in neither list: it never counted.
    withdrawn: rows.filter((r) => Number(r.present) === 1 && r.toStatus === "WITHDRAWN" && r.fromStatus !== "WITHDRAWN").map(task),
    intoNoneCompleted: [...noneAfter].filter((c) => !noneBefore.has(c)).sort().map(ref),
    outOfNoneCompleted: [...noneBefore].filter((c) => !noneAfter.has(c) && agencies.some((a) => a.code === c && a.to)).sort().map(ref),
  };
}
