import { formatNumber } from "./rate";
import type { Locale } from "./locale";

/**
 * A rate as the VPCP reports write it: a whole percent stands as it is ("đạt tỷ lệ 50%"), anything
 * else is "more than" its whole part ("hơn 46%" for 34/73 = 46,58%); under 1% is "less than 1%".
 */
export function approximatePercent(ratio: number, locale: Locale): string {
  const percent = Math.round(ratio * 100 * 1e6) / 1e6;
  const whole = Math.floor(percent);
  if (percent === whole) return `${formatNumber(whole, locale)}%`;
  if (whole === 0) return locale === "vi" ? "chưa đến 1%" : "less than 1%";
  return locale === "vi" ? `hơn ${formatNumber(whole, locale)}%` : `more than ${formatNumber(whole, locale)}%`;
}

/** "A, B và C" / "A, B and C": names listed as a sentence lists them. */
export function listInWords(names: string[], locale: Locale): string {
  if (names.length <= 1) return names.join("");
  const and = locale === "vi" ? " và " : " and ";
  return `${names.slice(0, -1).join(", ")}${and}${names.at(-1)}`;
}
