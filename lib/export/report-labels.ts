import type { Locale } from "@/lib/domain/locale";
import { completionRate } from "@/lib/domain/rate";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";

/**
 * An agency's name as the report's tables print it: the short name VPCP's reports use in Vietnamese,
 * the English name in English. Rows that carry only a code and a short name (tasks, overdue tasks)
 * find their English name among the report's agencies; a short name stands in if none is known.
 */
export function agencyNamer(report: QuarterlyReport, locale: Locale): (code: string, shortName: string) => string {
  if (locale === "vi") return (_code, shortName) => shortName;
  const english = new Map<string, string>();
  for (const a of report.comparison?.agencies ?? []) english.set(a.code, a.nameEn);
  for (const a of report.reporting.silent) english.set(a.agencyCode, a.agencyNameEn);
  for (const a of report.agencies) english.set(a.code, a.nameEn);
  return (code, shortName) => english.get(code) ?? shortName;
}

/** completed / assigned, or null when nothing is assigned: the project's one rule (completionRate). */
export function ratio(completed: number, assigned: number): number | null {
  return completionRate(completed, assigned).ratio;
}
