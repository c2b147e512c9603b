import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/dates";

/**
 * The last day of the programme's latest closed quarter, or null: nothing may be dated on or before
 * it (lib/domain/change-day.ts), so that closed figures never move.
 */
export async function latestClosedEnd(client: Prisma.TransactionClient, programmeId: string): Promise<IsoDate | null> {
  const closed = await client.reportingPeriod.findFirst({ where: { programmeId, state: "CLOSED" }, orderBy: { endsOn: "desc" }, select: { endsOn: true } });
  return closed?.endsOn ?? null;
}
