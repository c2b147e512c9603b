import { numberFormat } from "./intl-formats";
import type { Locale } from "./locale";

export type CompletionRate = { completed: number; assigned: number; ratio: number | null };

/** completed / assigned; ratio is null when nothing is assigned (a rate of 0/0 is not 0%). */
export function completionRate(completed: number, assigned: number): CompletionRate {
  if (!Number.isInteger(completed) || !Number.isInteger(assigned) || completed < 0 || completed > assigned) {
    throw new RangeError(`invalid completion: ${completed}/${assigned}`);
  }
  return { completed, assigned, ratio: assigned === 0 ? null : completed / assigned };
}

export function formatPercent(ratio: number, locale: Locale, fractionDigits = 1): string {
  return numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** "34/73 (46,6%)" in Vietnamese, "34/73 (46.6%)" in English; "0/0 (—)" when nothing is assigned. */
export function formatRate(rate: CompletionRate, locale: Locale): string {
  const fraction = `${formatNumber(rate.completed, locale)}/${formatNumber(rate.assigned, locale)}`;
  return `${fraction} (${rate.ratio === null ? "—" : formatPercent(rate.ratio, locale)})`;
}

/** Change in percentage points between two rates, e.g. +4.3; null when either rate is undefined. */
export function percentagePointChange(from: CompletionRate, to: CompletionRate): number | null {
  if (from.ratio === null || to.ratio === null) return null;
  return Math.round((to.ratio - from.ratio) * 1000) / 10;
}

export function formatSignedNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, {
    signDisplay: "exceptZero",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
