import { appToday } from "@/lib/clock";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReportingFigures } from "@/components/reporting/reporting-figures";
import type { PeriodRef } from "@/lib/data/periods";
import type { ReportingFigures as Figures } from "@/lib/data/reporting";
import type { Locale } from "@/lib/domain/locale";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { reportingAsOf } from "@/lib/domain/report-timeliness";

/** On the overview: how many agencies reported on time for the quarter shown, with a link to who did not. */
export async function ReportingSection({ period, figures, programme, locale }: { period: PeriodRef; figures: Figures; programme: string; locale: Locale }) {
  const t = await getTranslations("reporting");
  const today = appToday();
  return (
    <section className="panel" aria-labelledby="overview-reporting" data-testid="overview-reporting">
      <h2 id="overview-reporting">{t("overviewTitle", { quarter: quarterLabel(period, locale) })}</h2>
      <ReportingFigures figures={figures} asOf={reportingAsOf(period, today)} locale={locale} byKind={false} />
      <p className="no-print">
        <Link href={`/reporting/${formatQuarterParam(period)}?programme=${programme}`}>{t("overviewReportingLink")}</Link>
      </p>
    </section>
  );
}
