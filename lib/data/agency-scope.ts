import "server-only";
import { db } from "@/lib/db";
import type { RequiredScope } from "@/lib/domain/required-scope";

/** How many agencies each choice of "who must report" asks, for the opening form's labels. One query. */
export async function requiredScopeCounts(): Promise<Record<RequiredScope, number>> {
  const rows = await db().agency.groupBy({ by: ["kind"], where: { parentId: null }, _count: { _all: true } });
  const provinces = rows.find((r) => r.kind === "PROVINCE")?._count._all ?? 0;
  const all = rows.reduce((sum, r) => sum + r._count._all, 0);
  return { ALL: all, CENTRAL: all - provinces, PROVINCE: provinces, CHOSEN: 0 };
}
