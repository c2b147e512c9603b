import { daysBetween, type IsoDate } from "./dates";

/**
 * Where an agency's quarterly report stands as of a day: sent by the due date, sent after it, not sent
 * and past due ("silent"), or not sent and not yet due. The first submission decides: a report
 * returned by VPCP and sent again keeps the day it was first sent.
 */
export const TIMELINESS = ["ON_TIME", "LATE", "MISSING", "NOT_YET_DUE"] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export function reportTimeliness(dueOn: IsoDate, firstSubmittedOn: IsoDate | null, asOf: IsoDate): Timeliness {
  if (firstSubmittedOn !== null && firstSubmittedOn <= asOf) return firstSubmittedOn <= dueOn ? "ON_TIME" : "LATE";
  return asOf > dueOn ? "MISSING" : "NOT_YET_DUE";
}

/** Days after the due date: when it was sent if late, as of the day if still missing; 0 otherwise. */
export function daysPastDue(dueOn: IsoDate, firstSubmittedOn: IsoDate | null, asOf: IsoDate): number {
  const timeliness = reportTimeliness(dueOn, firstSubmittedOn, asOf);
  if (timeliness === "LATE") return daysBetween(dueOn, firstSubmittedOn!);
  if (timeliness === "MISSING") return daysBetween(dueOn, asOf);
  return 0;
}

/**
 * The day a report's task statuses are as of: the quarter's last day, or today while the quarter is
 * still running. A change the report records takes effect no later than that day.
 */
export function reportAsOf(period: { endsOn: IsoDate }, today: IsoDate): IsoDate {
  return today < period.endsOn ? today : period.endsOn;
}

/** The day a quarter's reporting figures are read as of: its closing day once closed, else today. */
export function reportingAsOf(period: { state: string; closedOn: IsoDate | null }, today: IsoDate): IsoDate {
  return period.state === "CLOSED" && period.closedOn ? period.closedOn : today;
}

/** Due within `days` days of the day (today included) and not yet past due. */
export function dueSoon(dueOn: IsoDate, asOf: IsoDate, days = 7): boolean {
  const left = daysBetween(asOf, dueOn);
  return left >= 0 && left <= days;
}
