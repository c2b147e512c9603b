import { appToday } from "@/lib/clock";
import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";
import type { Quarter } from "@/lib/domain/quarter";
import type { Basis } from "./task-basis";

export type PeriodRef = Quarter & {
  id: string;
  programmeId: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  reportDueOn: IsoDate;
  state: "OPEN" | "CLOSED";
  /** The Vietnam day it was closed on; null while open. */
  closedOn: IsoDate | null;
  /** The moment it was last closed (ISO); null while open. */
  closedAt: string | null;
  /** The request VPCP sent for the quarter's reports ("1976/VPCP-KGVX"), when recorded. */
  requestNumber: string | null;
};

const periodSelect = {
  id: true,
  programmeId: true,
  year: true,
  quarter: true,
  startsOn: true,
  endsOn: true,
  reportDueOn: true,
  state: true,
  closedOn: true,
  closedAt: true,
  requestNumber: true,
} as const;

function toRef(row: { quarter: number; closedAt: Date | null } & Omit<PeriodRef, "quarter" | "closedAt">): PeriodRef {
  return { ...row, quarter: row.quarter as Quarter["quarter"], closedAt: row.closedAt?.toISOString() ?? null };
}

/** Every quarter of a programme, newest first: a few a year, so never a long list. */
export async function listPeriods(programmeId: string): Promise<PeriodRef[]> {
  const rows = await db().reportingPeriod.findMany({
    where: { programmeId },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    select: periodSelect,
  });
  return rows.map(toRef);
}

/** The newest `count` quarters of a programme, newest first. */
export async function getLatestPeriods(programmeId: string, count: number): Promise<PeriodRef[]> {
  const rows = await db().reportingPeriod.findMany({
    where: { programmeId },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: count,
    select: periodSelect,
  });
  return rows.map(toRef);
}

/**
 * The day a quarter's figures are "as of": its last day once it is closed (or over), today while it
 * is still running.
 */
export function periodAsOf(period: PeriodRef, today: IsoDate = appToday()): IsoDate {
  return period.state === "CLOSED" || today > period.endsOn ? period.endsOn : today;
}

/** A closed quarter is read from its frozen record only; an open one from the history as of its day. */
export function periodBasis(period: PeriodRef, today: IsoDate = appToday()): Basis {
  return period.state === "CLOSED"
    ? { kind: "record", periodId: period.id, closedAt: period.closedAt ?? undefined }
    : { kind: "date", programmeId: period.programmeId, asOf: periodAsOf(period, today) };
}
