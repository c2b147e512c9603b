import "server-only";
import { db } from "@/lib/db";

/** A quarter's own facts and its history: who opened, closed and reopened it, when, and why. */
export async function getPeriodDetail(periodId: string) {
  return db().reportingPeriod.findUnique({
    where: { id: periodId },
    select: {
      openedAt: true,
      closedAt: true,
      assignedCount: true,
      completedCount: true,
      openedBy: { select: { displayName: true } },
      closedBy: { select: { displayName: true } },
      events: {
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: { id: true, kind: true, at: true, reason: true, detail: true, by: { select: { displayName: true } } },
      },
    },
  });
}

export type PeriodDetail = NonNullable<Awaited<ReturnType<typeof getPeriodDetail>>>;
