import type { IsoDate } from "@/lib/domain/dates";

/**
 * The day a report's task statuses are as of: the quarter's last day, or today while the quarter is
 * still running. A change the report records takes effect no later than that day.
 */
export function reportAsOf(period: { endsOn: IsoDate }, today: IsoDate): IsoDate {
  return today < period.endsOn ? today : period.endsOn;
}

/** The day the quarter's reporting figures are read as of: its closing day once closed, else today. */
export function reportingAsOf(period: { state: string; closedOn: IsoDate | null }, today: IsoDate): IsoDate {
  return period.state === "CLOSED" && period.closedOn ? period.closedOn : today;
}
