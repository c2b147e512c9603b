import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClosePeriodForm, ReopenPeriodForm } from "@/components/reporting/period-actions";
import { PeriodHistory } from "@/components/reporting/period-history";
import { PeriodReportsTable } from "@/components/reporting/period-reports-table";
import { ReportingFigures } from "@/components/reporting/reporting-figures";
import { canManagePeriods, canReopenPeriods } from "@/lib/domain/permissions";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { getPeriodDetail } from "@/lib/data/period-detail";
import { getReportingFigures, listPeriodReports } from "@/lib/data/reporting";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { reportingAsOf } from "@/lib/domain/report-timeliness";
import { type RawParams } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ListDownloads } from "@/components/export/list-downloads";

type Props = { params: Promise<{ quarter: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getTranslations("reporting"))("title")} ${(await params).quarter}` };
}

export default async function QuarterReportingPage({ params, searchParams }: Props) {
  const { quarter } = await params;
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(`/reporting/${encodeURIComponent(quarter)}`, raw));
  const [t, locale, found] = await Promise.all([getTranslations("reporting"), currentLocale(), resolvePeriod(raw, quarter)]);
  if (!found) notFound();
  const { programme, period, periods } = found;
  const today = appToday();
  const [detail, figures, rows] = await Promise.all([getPeriodDetail(period.id), getReportingFigures(period.id, today), listPeriodReports(period.id, today)]);
  if (!detail) notFound();
  const asOf = reportingAsOf(period, today);
  const label = quarterLabel(period, locale);
  const q = formatQuarterParam(period);
  const query = `?programme=${programme.slug}`;
  const latestClosed = periods.find((p) => p.state === "CLOSED");
  const own = user.agencyCode && rows.some((r) => r.agencyCode === user.agencyCode) ? user.agencyCode : null;

  return (
    <ClientMessages namespaces={["reporting"]}>
        <nav className="breadcrumb" aria-label={t("breadcrumb")}>
          <Link href={`/reporting${query}`}>{t("title")}</Link> / <span>{label}</span>
        </nav>
        <header className="view-heading">
          <p className="eyebrow">{programme.code}</p>
          <h1>
            {t("quarterTitle", { quarter: label })}{" "}
            <span className={`badge badge-${period.state.toLowerCase()}`} data-testid="period-state">{t(`periodState.${period.state}`)}</span>
          </h1>
        </header>

        <section className="panel" aria-labelledby="period-facts">
          <h2 id="period-facts" className="visually-hidden">{t("facts")}</h2>
          <dl className="facts">
            <dt>{t("fields.reportDueOn")}</dt>
            <dd data-testid="period-due">{formatDate(period.reportDueOn, locale)}</dd>
            <dt>{t("fields.requestNumber")}</dt>
            <dd>{period.requestNumber ?? "—"}</dd>
            <dt>{t("openedLabel")}</dt>
            <dd>{t("byAt", { by: detail.openedBy?.displayName ?? t("bySystem"), at: formatDateTime(detail.openedAt, locale) })}</dd>
            {detail.closedAt && (
              <>
                <dt>{t("closedLabel")}</dt>
                <dd>{t("byAt", { by: detail.closedBy?.displayName ?? t("bySystem"), at: formatDateTime(detail.closedAt, locale) })}</dd>
                <dt>{t("frozenLabel")}</dt>
                <dd data-testid="period-frozen">{t("frozenFigures", { completed: formatNumber(detail.completedCount ?? 0, locale), assigned: formatNumber(detail.assignedCount ?? 0, locale) })}</dd>
              </>
            )}
          </dl>
          <p className="exports no-print">
            {own && <Link href={`/reporting/${q}/${own}${query}`}>{t("ownReport")}</Link>}
            <Link href={`/reporting/${q}/report${query}`}>{t("generatedReport")}</Link>
            <Link href={`/compare${query}&to=${q}`}>{t("compareLink")}</Link>
            {period.state === "OPEN" && canManagePeriods(user) && <Link href={`/reporting/${q}/reminders${query}`}>{t("remindersLink")}</Link>}
            <Link href={`/${query}&quarter=${q}`}>{t("overviewLink")}</Link>
          </p>
        </section>

        <section className="panel" aria-labelledby="timeliness-title">
          <h2 id="timeliness-title">{t("timelinessTitle")}</h2>
          <ReportingFigures figures={figures} asOf={asOf} locale={locale} />
        </section>

        {rows.length > 0 && (
          <section className="panel" aria-labelledby="agencies-title">
            <h2 id="agencies-title">{t("agenciesTitle")}</h2>
            <ListDownloads href={`/reporting/${q}/export${query}`} />
            <PeriodReportsTable rows={rows} hrefOf={(code) => `/reporting/${q}/${code}${query}`} locale={locale} />
          </section>
        )}

        {period.state === "OPEN" && canManagePeriods(user) && (
          <section className="panel no-print" aria-labelledby="close-title">
            <h2 id="close-title">{t("closeTitle")}</h2>
            <p className="muted">{t("closeExplain")}</p>
            <ClosePeriodForm periodId={period.id} quarterText={label} missing={figures.total.missing + figures.total.notYetDue} awaitingReview={figures.total.awaitingReview} returned={figures.total.returned} />
          </section>
        )}
        {period.state === "CLOSED" && latestClosed?.id === period.id && canReopenPeriods(user) && (
          <section className="panel no-print" aria-labelledby="reopen-title">
            <h2 id="reopen-title">{t("reopenTitle")}</h2>
            <p className="muted">{t("reopenExplain")}</p>
            <ReopenPeriodForm periodId={period.id} quarterText={label} />
          </section>
        )}
        <PeriodHistory events={detail.events} locale={locale} />
    </ClientMessages>
  );
}
