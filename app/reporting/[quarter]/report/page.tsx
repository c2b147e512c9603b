import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/export/print-button";
import { ReportDocument } from "@/components/report/report-document";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { currentLocale } from "@/lib/i18n/current-locale";
import { buildQuarterlyReport } from "@/lib/report/quarterly-report";
import { reportParagraphs, type Translate } from "@/lib/report/report-text";
import { type RawParams } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ quarter: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getTranslations("reportPage"))("title")} ${(await params).quarter}` };
}

// The page shows the first rows of each list of tasks; the .docx has them all.
const REPORT_LIST_ROWS = 50;

/** The quarterly report generated from the record, ready to print and to download for editing. */
export default async function QuarterlyReportPage({ params, searchParams }: Props) {
  const { quarter } = await params;
  const raw = await searchParams;
  await requirePageUser(returnPath(`/reporting/${encodeURIComponent(quarter)}/report`, raw));
  const [t, tr, locale, found] = await Promise.all([getTranslations("reportPage"), getTranslations("reportText"), currentLocale(), resolvePeriod(raw, quarter)]);
  if (!found) notFound();
  const today = appToday();
  const report = await buildQuarterlyReport(found.programme, found.period, found.previous, today, { listLimit: REPORT_LIST_ROWS });
  const text = reportParagraphs(report, tr as unknown as Translate, locale);
  const q = formatQuarterParam(found.period);
  const query = `?programme=${found.programme.slug}`;
  const download = (format: string) => `/reporting/${q}/report/download${query}&format=${format}`;
  return (
    <ClientMessages namespaces={["reportPage"]}>
        <nav className="breadcrumb no-print" aria-label={t("breadcrumb")}>
          <Link href={`/reporting${query}`}>{t("reporting")}</Link> / <Link href={`/reporting/${q}${query}`}>{quarterLabel(found.period, locale)}</Link> / <span>{t("title")}</span>
        </nav>
        <div className="report-toolbar no-print" role="group" aria-label={t("toolbar")}>
          <PrintButton label={t("print")} testId="print-report" />
          <a href={download("docx")} download data-testid="download-docx">{t("downloadDocx")}</a>
          <a href={download("xlsx")} download data-testid="download-xlsx">{t("downloadXlsx")}</a>
          <span className="muted small">{t("languageHint")}</span>
        </div>
        <ReportDocument report={report} text={text} locale={locale} />
    </ClientMessages>
  );
}
