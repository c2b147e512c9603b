import { appToday } from "@/lib/clock";
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { type IsoDate } from "@/lib/domain/dates";
import { periodAsOf, periodBasis, type PeriodRef } from "./periods";
import { agencyTree, countIf, inTotal } from "./sql-rules";
import { basisRows, toNumber, type Basis } from "./task-basis";
import { keep, keptFigures, keptUnder, keysFor } from "./kept-figures";

type ClosedRow = { periodId: string; assigned: bigint | number | null; completed: bigint | number | null };

export type TrendPoint = { period: PeriodRef; asOf: IsoDate; assigned: number; completed: number };

/**
 * Completed and assigned in every quarter, oldest first, optionally for one lead agency. Closed
 * quarters come from their frozen records in one GROUP BY; an open quarter (there is rarely more than
 * one) is read from the history as of its day.
 */
export async function getCompletionTrend(
  periods: PeriodRef[],
  agencyId?: string,
  today: IsoDate = appToday(),
  until?: IsoDate,
): Promise<TrendPoint[]> {
  // An agency's own tasks and its units'.
  const agencyFilter = (column: Prisma.Sql) => (agencyId ? Prisma.sql`AND ${column} IN (${agencyTree(agencyId)})` : Prisma.empty);
  // A quarter still running on the chosen day is read from the history as of that day, never past it.
  const cutOff = (period: PeriodRef) => until !== undefined && period.endsOn > until;
  const closed = periods.filter((p) => p.state === "CLOSED" && !cutOff(p));
  // Each closed quarter's two numbers are kept (kept-figures.ts): only those not kept yet are
  // read, in one GROUP BY, and kept.
  const keys = await keysFor(closed.map((period) => ({ bases: [periodBasis(period, today)], name: "trendPoint", args: [agencyId ?? null] })));
  const found = keys.map((key) => (key === null ? undefined : keptUnder<ClosedRow>(key)));
  const missing = closed.filter((_, i) => found[i] === undefined);
  // Read once (a native promise), however many quarters wait on it.
  const read: Promise<ClosedRow[]> = missing.length
    ? Promise.resolve(db().$queryRaw<ClosedRow[]>`
        SELECT r."periodId" AS "periodId",
               ${countIf(inTotal("r"))} AS "assigned",
               ${countIf(Prisma.sql`r."status" = 'COMPLETED'`)} AS "completed"
        FROM "PeriodTaskRecord" r
        WHERE r."periodId" IN (${Prisma.join(missing.map((p) => p.id))}) ${agencyFilter(Prisma.sql`r."leadAgencyId"`)}
        GROUP BY r."periodId"`)
    : Promise.resolve([]);
  const pick = (rows: ClosedRow[], periodId: string) => rows.find((row) => row.periodId === periodId) ?? { periodId, assigned: 0, completed: 0 };
  const closedRows = await Promise.all(
    closed.map((period, i) => {
      const hit = found[i];
      if (hit) return hit;
      const answer = read.then((rows) => pick(rows, period.id));
      const key = keys[i];
      return key === null ? answer : keep(key, answer);
    }),
  );
  const byPeriod = new Map(closedRows.map((row) => [row.periodId, row]));

  const points = await Promise.all(
    periods.map(async (period): Promise<TrendPoint> => {
      const asOf = cutOff(period) ? until! : periodAsOf(period, today);
      if (period.state === "CLOSED" && !cutOff(period)) {
        const row = byPeriod.get(period.id);
        return { period, asOf, assigned: toNumber(row?.assigned), completed: toNumber(row?.completed) };
      }
      const basis: Basis = cutOff(period) ? { kind: "date", programmeId: period.programmeId, asOf } : periodBasis(period, today);
      const row = await keptFigures([basis], "trendPoint", [agencyId ?? null], async () => {
        const [found] = await db().$queryRaw<{ assigned: bigint | null; completed: bigint | null }[]>`
          SELECT ${countIf(inTotal())} AS "assigned",
                 ${countIf(Prisma.sql`b."status" = 'COMPLETED'`)} AS "completed"
          FROM (${basisRows(basis)}) b
          WHERE 1 = 1 ${agencyFilter(Prisma.sql`b."leadAgencyId"`)}`;
        return found;
      });
      return { period, asOf, assigned: toNumber(row?.assigned), completed: toNumber(row?.completed) };
    }),
  );
  return points.sort((a, b) => a.period.year - b.period.year || a.period.quarter - b.period.quarter);
}
