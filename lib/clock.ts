// The application's "now". In production it is the wall clock. In demo mode the application lives on
// a day inside the demo data's timeline (DEMO_DAY), at the wall clock's time of day, so that the next
// quarter, reports and reminders read as they did then; APP_CLOCK_OFFSET_DAYS (demo mode only; the
// server refuses it otherwise, lib/env.ts) moves that day, so that the browser tests can act on a
// later day (a report sent after its due date) against the same database. Sessions, sign-in locks,
// tokens and the audit log keep the wall clock: they are about when people really did things.
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

export function appNow(source: ClockEnv = process.env): Date {
  const wall = Date.now();
  const day = demoDay(source);
  if (day === null) return new Date(wall);
  // The demo's day in Vietnam, at the wall clock's time of day in Vietnam.
  const timeOfDay = (wall + VIETNAM_MS) % DAY_MS;
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_MS + timeOfDay);
}

/** The application's day in Vietnam: what "today" means for every rule (due dates, overdue, closing). */
export function appToday(source: ClockEnv = process.env): IsoDate {
  return todayInVietnam(appNow(source));
}
