import "server-only";
import { keptFigures } from "./kept-figures";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import { TASK_CLASSES, type TaskClass } from "@/lib/domain/task-class";
import { Prisma } from "@/lib/generated/prisma/client";
import { agencyTreeOfCodes, classExpression } from "./sql-rules";
import { basisRows, toNumber, type Basis } from "./task-basis";

/**
 * How many tasks fall in each class as of `asOf`: one GROUP BY, every class present (zero if none);
 * of one agency (its units' tasks included) when a code is given.
 */
export async function getClassCounts(basis: Basis, asOf: IsoDate, agencyCode: string | null = null): Promise<Record<TaskClass, number>> {
  return keptFigures([basis], "getClassCounts", [asOf, agencyCode], async () => {
    const rows = await db().$queryRaw<{ taskClass: TaskClass; count: bigint }[]>`
      SELECT ${classExpression(asOf)} AS "taskClass", COUNT(*) AS "count"
      FROM (${basisRows(basis)}) b
      ${agencyCode === null ? Prisma.empty : Prisma.sql`WHERE b."leadAgencyId" IN (${agencyTreeOfCodes([agencyCode])})`}
      GROUP BY 1`;
    const counts = Object.fromEntries(TASK_CLASSES.map((c) => [c, 0])) as Record<TaskClass, number>;
    for (const row of rows) counts[row.taskClass] = toNumber(row.count);
    return counts;
  });
}
