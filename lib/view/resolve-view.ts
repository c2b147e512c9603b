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
  ignored: string[];
};

function snapshot(period: PeriodRef, today: IsoDate): Snapshot {
  return { period, asOf: periodAsOf(period, today), basis: periodBasis(period, today) };
}

/**
 * Reads the as-of from the address: a day of the history, or a quarter (a closed one from its frozen
 * record), by default the programme's latest quarter. Two queries whatever the data's size. Null when
 * there is no programme at all.
 */
export async function resolveView(raw: RawParams, today: IsoDate = appToday()): Promise<ResolvedView | null> {
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
  if (date) {
    const before = periods.find((p) => p.endsOn < date);
    return {
      programmes,
      programme,
      periods,
      current: { period: null, asOf: date, basis: { kind: "date", programmeId: programme.id, asOf: date } },
      previous: before ? snapshot(before, today) : null,
      ref: { programme: programme.slug, date },
      ignored,
    };
  }

  let index = 0;
  const wanted = parsed.value.quarter;
  if (wanted) {
    const found = periods.findIndex((p) => compareQuarters(p, wanted) === 0);
    if (found >= 0) index = found;
    else ignored.push("quarter");
  }
  const period = periods[index];
  if (!period) {
    return {
      programmes,
      programme,
      periods,
      current: { period: null, asOf: today, basis: { kind: "date", programmeId: programme.id, asOf: today } },
      previous: null,
      ref: { programme: programme.slug, date: today },
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
    ignored,
  };
}
