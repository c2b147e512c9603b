import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { formatNumber, formatPercent } from "@/lib/domain/rate";
import { approximatePercent, listInWords } from "@/lib/domain/report-wording";
import type { QuarterlyReport } from "./quarterly-report";

/** A translator of the "reportText" messages (next-intl's getTranslations or createTranslator). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ReportParagraphs = {
  summary: string;
  denominator: string | null;
  noneCompleted: string;
  overdue: string;
  plans: string;
  reporting: string;
};

type Named = { name?: string; shortName: string; nameEn: string };

const SILENT_NAMED = 8;

/**
 * The report's sentences in the VPCP reports' own words: counts as figures, rates as "hơn 46%", names
 * listed as a sentence lists them. Every number comes from the report, which comes from the record.
 */
/** The codes of a list, with "…" when the report holds only its first rows (the download has them all). */
const codesOf = (tasks: { code: string }[], total: number) => [...tasks.map((x) => x.code), ...(total > tasks.length ? ["…"] : [])].join(", ");

export function reportParagraphs(report: QuarterlyReport, t: Translate, locale: Locale): ReportParagraphs {
  const n = (value: number) => formatNumber(value, locale);
  const percent = (completed: number, assigned: number) => (assigned === 0 ? "—" : approximatePercent(completed / assigned, locale));
  const name = (a: Named) => (locale === "vi" ? (a.name ?? a.shortName) : a.nameEn);
  const { counts, period, previous, comparison } = report;
  const quarter = quarterLabel(period, locale);

  const opening = report.provisional
    ? t("summaryProvisional", { date: formatDate(report.asOf, locale) })
    : t("summaryClosed", { quarter, date: formatDate(report.asOf, locale) });
  const main = t("summary", { opening, assigned: n(counts.assigned), programme: report.programme.code, completed: n(counts.completed), percent: percent(counts.completed, counts.assigned) });
  const versus = previous
    ? t("summaryPrevious", { completed: n(previous.counts.completed), percent: percent(previous.counts.completed, previous.counts.assigned), quarter: quarterLabel(previous.period, locale) })
    : "";

  let denominator: string | null = null;
  if (previous && comparison && previous.counts.assigned !== counts.assigned) {
    const parts = [];
    if (comparison.totals.withdrawn) parts.push(t("withdrawnPart", { count: comparison.totals.withdrawn, codes: codesOf(comparison.withdrawn, comparison.totals.withdrawn) }));
    if (comparison.totals.added) parts.push(t("addedPart", { count: comparison.totals.added, codes: codesOf(comparison.added, comparison.totals.added) }));
    const direction = counts.assigned < previous.counts.assigned ? "down" : "up";
    denominator = t("denominator", { direction, from: n(previous.counts.assigned), to: n(counts.assigned), reasons: parts.join("; ") });
  }

  const none = report.noneCompleted;
  const noneCompleted = none.length
    ? t("noneCompleted", { count: n(none.length), total: n(report.agencies.length), names: listInWords(none.map((a) => (locale === "vi" ? a.shortName : a.nameEn)), locale) })
    : t("allCompletedSome", { total: n(report.agencies.length) });

  const central = report.plans.find((p) => p.group === "CENTRAL");
  const provinces = report.plans.find((p) => p.group === "PROVINCE");
  let plans = t("plans", { central: `${n(central?.issued ?? 0)}/${n(central?.total ?? 0)}`, provinces: `${n(provinces?.issued ?? 0)}/${n(provinces?.total ?? 0)}` });
  const missingCentral = central?.missing.map(name) ?? [];
  const missingProvinces = provinces?.missing ?? [];
  if (missingCentral.length || missingProvinces.length) {
    const provincePart = missingProvinces.length
      ? t("planProvinces", { count: missingProvinces.length, names: missingProvinces.map((p) => p.shortName).sort(new Intl.Collator("vi").compare).join(", ") })
      : null;
    plans += ` ${t("planMissing", { names: listInWords([...missingCentral, ...(provincePart ? [provincePart] : [])], locale) })}`;
  }

  const r = report.reporting.figures.total;
  const reporting = r.required === 0
    ? t("noRequest")
    : t("reporting", {
        date: formatDate(report.reporting.asOf, locale),
        onTime: `${n(r.onTime)}/${n(r.required)}`,
        percent: formatPercent(r.onTime / r.required, locale),
        late: r.late,
        missing: r.missing,
        notYetDue: r.notYetDue,
        accepted: r.accepted,
        unverified: r.awaitingReview,
        returned: r.returned,
        // A few are named in the sentence; a long list goes to the table of section V.
        silentNamed: report.reporting.silent.length <= SILENT_NAMED ? "yes" : "no",
        silent: listInWords(report.reporting.silent.map((s) => (locale === "vi" ? s.agencyName : s.agencyNameEn)), locale),
      });

  return {
    summary: `${main}${versus}.`,
    denominator,
    noneCompleted,
    overdue: t("overdue", { count: report.counts.overdue }),
    plans,
    reporting,
  };
}
