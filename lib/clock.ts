// The application's "today". In production it is the wall clock's day in Vietnam. In demo mode the
// application lives on a day inside the demo data's timeline (DEMO_DAY), so that the next quarter,
// reports and reminders read as they did then; APP_CLOCK_OFFSET_DAYS (demo mode only; the server
// refuses it otherwise, lib/env.ts) moves that day, so that the browser tests can act on a later day
// (a report sent after its due date) against the same database. Instants (when a change was recorded,
// a report sent, a session begun) are the wall clock's everywhere: they must keep their real order.
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";

type ClockEnv = { APP_MODE?: string; APP_CLOCK_OFFSET_DAYS?: string; [name: string]: string | undefined };

const DAY_MS = 86_400_000;
const VIETNAM_MS = 7 * 3_600_000;

/**
 * The demo's day: Quarter I/2017 is closed, its reports were due on 15/03/2017 and the last came in on
 * 03/04/2017 (prisma/demo/reports.ts), and Quarter II/2017 is not yet opened.
 */
export const DEMO_DAY: IsoDate = "2017-04-10";

function demoMode(source: ClockEnv): boolean {
  return source.APP_MODE === "demo";
}

export function clockOffsetDays(source: ClockEnv = process.env): number {
  if (!demoMode(source)) return 0;
  const days = Number(source.APP_CLOCK_OFFSET_DAYS ?? 0);
  return Number.isInteger(days) ? days : 0;
}

/** The demo's day (after any offset), or null outside demo mode. */
export function demoDay(source: ClockEnv = process.env): IsoDate | null {
  if (!demoMode(source)) return null;
  return todayInVietnam(new Date(Date.parse(`${DEMO_DAY}T00:00:00Z`) - VIETNAM_MS + clockOffsetDays(source) * DAY_MS));
}

/**
 * The instant a record is stamped with: the wall clock, in demo mode too, so that records made on the
 * demo's day keep the order in which they were made (history is ordered by day, then instant).
 */
export function appNow(): Date {
  return new Date();
}

/** The application's day in Vietnam: what "today" means for every rule (due dates, overdue, closing). */
export function appToday(source: ClockEnv = process.env): IsoDate {
  return demoDay(source) ?? todayInVietnam(new Date());
}
