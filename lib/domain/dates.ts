import { differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import { dateTimeFormat } from "./intl-formats";
import type { Locale } from "./locale";

/** A calendar day as stored: "YYYY-MM-DD". */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && ISO_DATE.test(value) && isValid(parseISO(value)) && toIsoDate(parseISO(value)) === value;
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/** Today in Vietnam (UTC+7, no daylight saving), whatever the server's zone. */
export function todayInVietnam(now: Date): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parseISO(date);
  d.setDate(d.getDate() + days);
  return toIsoDate(d);
}

/** dd/mm/yyyy in both languages. */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  return dateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant as Hanoi reads it: "22/07/2016 09:00" (both languages, 24-hour clock). */
export function formatDateTime(instant: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(instant);
}
