import type { IsoDate } from "./dates";

export type ChangeDayBounds = {
  today: IsoDate;
  /** The last day of the latest closed quarter: nothing may take effect on or before it. */
  closedUntil: IsoDate | null;
  /** The day of the task's latest change: a change is never slipped in before it. */
  lastChangeOn: IsoDate | null;
  /** For a quarter's report: the quarter's last day, after which a change belongs to the next one. */
  endsOn?: IsoDate;
};

/**
 * Why a status change cannot take effect on `day`, as a message key, or null when it can: the one
 * rule for a change made on a task's page and one recorded by a quarterly report.
 */
export function changeDayError(day: IsoDate, bounds: ChangeDayBounds): string | null {
  if (day > bounds.today) return "futureDay";
  if (bounds.endsOn && day > bounds.endsOn) return "afterQuarterEnd";
  // A closed quarter's figures never move: a change dated inside one belongs to the next quarter.
  if (bounds.closedUntil && day <= bounds.closedUntil) return "closedQuarter";
  if (bounds.lastChangeOn && day < bounds.lastChangeOn) return "beforeLastChange";
  return null;
}
