import "server-only";
import type { IsoDate } from "@/lib/domain/dates";
import { Prisma } from "@/lib/generated/prisma/client";

// The two rules every rollout figure shares, as SQL over an agency row aliased "a".

/**
 * The group an agency counts in (lib/domain/rollout.ts): a top-level agency is central or a province;
 * a sub-unit counts by its kind.
 */
export const rolloutGroupSql = Prisma.sql`(CASE WHEN a."parentId" IS NOT NULL THEN lower(a."kind"::text) WHEN a."kind" = 'PROVINCE' THEN 'province' ELSE 'central' END)`;

/**
 * For a LEFT JOIN LATERAL: the agency's stage as of the day (the highest it reached by then) and the
 * day it reached it; no row when it had not connected.
 */
export function stageAsOf(asOf: IsoDate, agency: Prisma.Sql = Prisma.sql`a."id"`): Prisma.Sql {
  return Prisma.sql`
    SELECT m."stage", m."reachedOn" FROM "RolloutMilestone" m
    WHERE m."agencyId" = ${agency} AND m."reachedOn" <= ${asOf}
    ORDER BY m."stage" DESC LIMIT 1`;
}
