import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";
import { countIf, inTotal } from "./sql-rules";
import { basisRows, toNumber } from "./task-basis";

type Tx = Prisma.TransactionClient;

/**
 * Freezes a quarter: writes each task's status, lead agency, deadline and completion date as of the
 * quarter's last day into its record, with the counts of assigned and completed tasks, then marks it
 * closed. Runs inside the caller's transaction so
 * the record and the state change land together or not at all; the database refuses a second freeze
 * (the record of a closed quarter cannot be written).
 */
export async function freezePeriodRecord(
  tx: Tx,
  periodId: string,
  closedAt: Date,
  closedById: string | null,
  /** The application's day of the close (in demo mode not the instant's day: lib/clock.ts). */
  closedOn: IsoDate = todayInVietnam(closedAt),
): Promise<number> {
  const period = await tx.reportingPeriod.findUniqueOrThrow({
    where: { id: periodId },
    select: { programmeId: true, endsOn: true, state: true },
  });
  if (period.state === "CLOSED") throw new PeriodAlreadyClosedError(periodId);
  const inserted = await tx.$executeRaw`
    INSERT INTO "PeriodTaskRecord" ("periodId", "taskId", "leadAgencyId", "status", "deadline", "completedOn")
    SELECT ${periodId}, b."taskId", b."leadAgencyId", b."status", b."deadline", b."completedOn"
    FROM (${basisRows({ kind: "date", programmeId: period.programmeId, asOf: period.endsOn })}) b`;
  const [counts] = await tx.$queryRaw<{ assigned: bigint | null; completed: bigint | null }[]>`
    SELECT ${countIf(inTotal("r"))} AS "assigned",
           ${countIf(Prisma.sql`r."status" = 'COMPLETED'`)} AS "completed"
    FROM "PeriodTaskRecord" r WHERE r."periodId" = ${periodId}`;
  const closed = await tx.reportingPeriod.updateMany({
    where: { id: periodId, state: "OPEN" },
    data: {
      state: "CLOSED",
      closedAt,
      closedOn,
      closedById,
      assignedCount: toNumber(counts?.assigned),
      completedCount: toNumber(counts?.completed),
    },
  });
  if (closed.count !== 1) throw new PeriodAlreadyClosedError(periodId);
  return inserted;
}

export class PeriodAlreadyClosedError extends Error {
  constructor(readonly periodId: string) {
    super(`reporting period ${periodId} is already closed`);
    this.name = "PeriodAlreadyClosedError";
  }
}
