import { numberFormat } from "./intl-formats";
import type { Locale } from "./locale";

// Processing times are kept as counts per duration bucket (tracker_duration_bucket in the database):
// bucket 0 is up to a minute, bucket b holds 60·2^((b-1)/4) to 60·2^(b/4) seconds.

/** The time a bucket stands for: the geometric middle of its bounds, within 9% of any time in it. */
export function bucketSeconds(bucket: number): number {
  return bucket <= 0 ? 60 : 60 * 2 ** ((bucket - 0.5) / 4);
}

/** The bucket a time falls in: the same rule as the database's function, for tests and the generator. */
export function durationBucket(seconds: number): number {
  return seconds <= 60 ? 0 : Math.min(99, Math.ceil((4 * Math.log(seconds / 60)) / Math.log(2)));
}

/** "45 phút", "6,2 giờ", "3,1 ngày" (minutes, hours, days), as a reader of a report would say it. */
export function formatDuration(seconds: number, locale: Locale): string {
  const minutes = seconds / 60;
  if (minutes < 90) return numberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long", maximumFractionDigits: 0 }).format(Math.max(1, Math.round(minutes)));
  const hours = minutes / 60;
  if (hours < 36) return numberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "long", maximumFractionDigits: 1 }).format(hours);
  return numberFormat(locale, { style: "unit", unit: "day", unitDisplay: "long", maximumFractionDigits: 1 }).format(hours / 24);
}
