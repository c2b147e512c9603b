// The application's "now". Only in demo mode may APP_CLOCK_OFFSET_DAYS move it by whole days, so that
// the browser tests can act on a later day (a report sent after its due date) against the same
// database; outside demo mode the server refuses to start with it set (lib/env.ts).
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";

const DAY_MS = 86_400_000;

export function clockOffsetDays(source: NodeJS.ProcessEnv = process.env): number {
  if (source.APP_MODE !== "demo") return 0;
  const days = Number(source.APP_CLOCK_OFFSET_DAYS ?? 0);
  return Number.isInteger(days) ? days : 0;
}

export function appNow(): Date {
  return new Date(Date.now() + clockOffsetDays() * DAY_MS);
}

/** The application's day in Vietnam: what "today" means for every rule (due dates, overdue, closing). */
export function appToday(): IsoDate {
  return todayInVietnam(appNow());
}
