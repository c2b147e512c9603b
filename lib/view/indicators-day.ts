import { isIsoDate, type IsoDate } from "@/lib/domain/dates";
import type { RawParams } from "./params";

export type IndicatorsDay = { asOf: IsoDate; live: boolean; ignored: string[] };

/**
 * The indicators' day from the address (`?date=`, as the module's tabs carry it), by default today. A
 * malformed day, or one after today (a count or a survey not yet made), is ignored and named.
 */
export function indicatorsDay(raw: RawParams, today: IsoDate): IndicatorsDay {
  // A page's parameters come as text, a route's (searchToRaw) as lists: one value either way.
  const value = Array.isArray(raw.date) && raw.date.length === 1 ? raw.date[0] : raw.date;
  if (value === undefined || value === "") return { asOf: today, live: true, ignored: [] };
  if (typeof value === "string" && isIsoDate(value) && value <= today) return { asOf: value, live: value === today, ignored: [] };
  return { asOf: today, live: true, ignored: ["date"] };
}

/** An address of the indicators' pages as of a day; today's carries it explicitly, so a shared link keeps its figures. */
export function indicatorsHref(path: string, asOf: IsoDate, extra: Record<string, string> = {}): string {
  return `${path}?${new URLSearchParams({ date: asOf, ...extra }).toString()}`;
}
