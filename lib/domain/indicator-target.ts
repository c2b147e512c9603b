import type { IsoDate } from "./dates";

// A programme's target for an indicator, judged as of a day: only once its due day has come, and only on
// what was on record on that day (a later count that reaches it does not undo "missed").

export type TargetState = "notYetDue" | "met" | "missed" | "noData";

export type Target = { programmeCode: string; value: number; dueOn: IsoDate };

/**
 * A share of services at levels 3–4 against a target in percent: met when high/total reaches it. An
 * agency with no count by the due day, or no services at all, has nothing to judge.
 */
export function servicesTargetState(target: Target, asOf: IsoDate, atDue: { high: number; total: number } | null): TargetState {
  if (asOf < target.dueOn) return "notYetDue";
  if (!atDue || atDue.total === 0) return "noData";
  // In whole numbers: 100 * high >= value * total, so that 99,99…% is never rounded up to 100%.
  return atDue.high * 100 >= target.value * atDue.total ? "met" : "missed";
}

/** A rank against a "top N" target (smaller is better), judged on the latest survey of the due year or before. */
export function rankTargetState(target: Target, asOf: IsoDate, rankAtDue: number | null): TargetState {
  if (asOf < target.dueOn) return "notYetDue";
  if (rankAtDue === null) return "noData";
  return rankAtDue <= target.value ? "met" : "missed";
}

/** The year of a day. */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}
