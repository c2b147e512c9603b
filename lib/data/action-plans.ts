import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import { countIf, planIssuedCondition } from "./sql-rules";
import { toNumber } from "./task-basis";

export type CoverageGroup = "CENTRAL" | "PROVINCE";
export type PlanMissing = { code: string; name: string; shortName: string; nameEn: string };
export type PlanCoverage = { group: CoverageGroup; issued: number; total: number; missing: PlanMissing[] };

/**
 * Action plans issued by `asOf`, for central agencies and for provinces ("29/30", "61/63"), with the
 * agencies still missing one named. Every agency of the two groups counts, whether or not it has a
 * plan row yet. Two queries.
 */
export async function getActionPlanCoverage(programmeId: string, asOf: IsoDate): Promise<PlanCoverage[]> {
  const rows = await db().$queryRaw<{ group: CoverageGroup; issued: bigint | null; total: bigint }[]>`
    SELECT CASE WHEN a."kind" = 'PROVINCE' THEN 'PROVINCE' ELSE 'CENTRAL' END AS "group",
           ${countIf(planIssuedCondition(asOf))} AS "issued",
           COUNT(*) AS "total"
    FROM "Agency" a
    LEFT JOIN "ActionPlan" p ON p."agencyId" = a."id" AND p."programmeId" = ${programmeId}
    WHERE a."parentId" IS NULL
    GROUP BY 1`;
  const missing = await db().$queryRaw<(PlanMissing & { group: CoverageGroup })[]>`
    SELECT CASE WHEN a."kind" = 'PROVINCE' THEN 'PROVINCE' ELSE 'CENTRAL' END AS "group",
           a."code" AS "code", a."name" AS "name", a."shortName" AS "shortName", a."nameEn" AS "nameEn"
    FROM "Agency" a
    LEFT JOIN "ActionPlan" p ON p."agencyId" = a."id" AND p."programmeId" = ${programmeId}
    WHERE a."parentId" IS NULL
      AND NOT ${planIssuedCondition(asOf)}
    ORDER BY a."code"`;
  return (["CENTRAL", "PROVINCE"] as const).map((group) => {
    const row = rows.find((r) => r.group === group);
    return {
      group,
      issued: toNumber(row?.issued),
      total: toNumber(row?.total),
      missing: missing.filter((m) => m.group === group).map(({ group: _group, ...agency }) => agency),
    };
  });
}
