import { appToday } from "@/lib/clock";
import "server-only";
import type { ProgrammeRef } from "@/lib/data/programmes";
import { periodAsOf, periodBasis, type PeriodRef } from "@/lib/data/periods";
import type { Basis } from "@/lib/data/task-basis";
import { type IsoDate } from "@/lib/domain/dates";
import { compareQuarters } from "@/lib/domain/quarter";
import type { ViewRef } from "./href";
import { parseAsOf, type RawParams } from "./params";
import { resolveProgramme } from "./resolve-period";

export type Snapshot = { period: PeriodRef | null; asOf: IsoDate; basis: Basis };

export type ResolvedView = {
  programmes: ProgrammeRef[];
  programme: ProgrammeRef;
  /** Newest first. */
  periods: PeriodRef[];
  current: Snapshot;
  /** The quarter before the current one (for a date: the last quarter ended before it), to compare with. */
  previous: Snapshot | null;
  ref: ViewRef;
  /** The address named no as-of, so these are the figures as of today (compared with the latest closed quarter). */
  live: boolean;
  ignored: string[];
};

/**
 * What an address with no as-of shows: a reader's "now" (the live figures as of today) on the pages;
 * the latest quarter in the API, whose default its clients already rely on.
 */
export type DefaultAsOf = "today" | "latestQuarter";

function snapshot(period: PeriodRef, today: IsoDate): Snapshot {
  return { period, asOf: periodAsOf(period, today), basis: periodBasis(period, today) };
}

/**
 * Reads the as-of from the address: a day of the history, or a quarter (a closed one from its frozen
 * record), by default today (or the API's latest quarter). Two queries whatever the data's size. Null
 * when there is no programme at all.
 */
export async function resolveView(raw: RawParams, today: IsoDate = appToday(), defaultAsOf: DefaultAsOf = "today"): Promise<ResolvedView | null> {
  const parsed = parseAsOf(raw);
  const found = await resolveProgramme(raw);
  if (!found) return null;
  const { programmes, programme, periods } = found;
  const ignored = [...parsed.ignored, ...found.ignored];

  // A day after today would judge "overdue" against a deadline not yet reached: a forecast, not a figure.
  let date = parsed.value.date;
  if (date && date > today) {
    ignored.push("date");
    date = undefined;
  }
  // A quarter the programme does not have is ignored like a malformed one: the default is shown.
  const wanted = parsed.value.quarter;
  const wantedIndex = wanted && !date ? periods.findIndex((p) => compareQuarters(p, wanted) === 0) : -1;
  if (wanted && !date && wantedIndex < 0) ignored.push("quarter");
  // Today, asked for or by default, is "now": the same heading and comparison whichever way it came
  // (the links a live page makes carry the day explicitly).
  const live = defaultAsOf === "today" && (date === today || (!date && wantedIndex < 0));
  if (live) date = today;
  if (date) {
    const day = date;
    // Today's figures are read against the record a reader last saw settled: the latest closed quarter.
    const before = live ? periods.find((p) => p.state === "CLOSED" && p.endsOn < day) : periods.find((p) => p.endsOn < day);
    return {
      programmes,
      programme,
      periods,
      current: { period: null, asOf: day, basis: { kind: "date", programmeId: programme.id, asOf: day } },
      previous: before ? snapshot(before, today) : null,
      ref: { programme: programme.slug, date: day },
      live,
      ignored,
    };
  }

  const index = Math.max(0, wantedIndex);
  const period = periods[index];
  if (!period) {
    return {
      programmes,
      programme,
      periods,
      current: { period: null, asOf: today, basis: { kind: "date", programmeId: programme.id, asOf: today } },
      previous: null,
      ref: { programme: programme.slug, date: today },
      live: false,
      ignored,
    };
  }
  const before = periods[index + 1];
  return {
    programmes,
    programme,
    periods,
    current: snapshot(period, today),
    previous: before ? snapshot(before, today) : null,
    ref: { programme: programme.slug, quarter: { year: period.year, quarter: period.quarter } },
    live: false,
    ignored,
  };
}
