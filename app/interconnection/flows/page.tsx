import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { FlowAgencyTable } from "@/components/interconnection/flow-agency-table";
import { FlowFilters } from "@/components/interconnection/flow-filters";
import { flowRowsHref, flowsHref } from "@/components/interconnection/flow-links";
import { FlowSummary } from "@/components/interconnection/flow-summary";
import { FlowVolumes } from "@/components/interconnection/flow-volumes";
import { StateTimes } from "@/components/interconnection/state-times";
import { StuckTable } from "@/components/interconnection/stuck-table";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { appNow } from "@/lib/clock";
import { flowsByAgency, flowSummary, flowVolumes, stuckDeliveries } from "@/lib/data/flows";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { resolveFlowView } from "@/lib/view/flow-period";
import { flowSearch } from "@/lib/view/flow-params";
import { withQuery } from "@/lib/view/href";
import type { RawParams } from "@/lib/view/params";
import "./flows.css";

const PATH = "/interconnection/flows";
const STUCK_SHOWN = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interconnection.flows"))("title") };
}

/** Documents over the national axis in a period: totals, each agency's, the trend and the stuck documents. */
export default async function FlowsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(PATH, raw));
  const [t, locale, view] = await Promise.all([getTranslations("interconnection.flows"), currentLocale(), resolveFlowView(raw, user)]);
  if (!view) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="panel empty">{t("none")}</p>
      </>
    );
  }
  const root = view.agency?.id ?? null;
  const [summary, agencies, volumes, stuck] = await Promise.all([
    flowSummary(view.from, view.to, root),
    view.scoped ? null : flowsByAgency(view.from, view.to, view.query.page),
    flowVolumes(view.from, view.to, root),
    stuckDeliveries(view.from, view.to, view.query.stuckDays, appNow(), root, 1),
  ]);
  const period = t("period", { from: formatDate(view.from, locale), to: formatDate(view.to, locale) });
  const agencyName = view.agency ? (locale === "vi" ? view.agency.shortName : view.agency.nameEn) : null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead" data-testid="flow-period">
        {period}
        {view.whole && ` (${t("wholeRecord")})`}
        {agencyName && (
          <>
            {" · "}
            {t("ofAgency", { agency: agencyName })}
            {view.scoped ? ` · ${t("ownOnly")}` : <> · <Link href={flowsHref(view, { agency: null })}>{t("allAgencies")}</Link></>}
          </>
        )}
      </p>
      <IgnoredNote ignored={view.ignored} />
      <FlowFilters view={view} />
      <FlowSummary view={view} summary={summary} stuck={stuck.total} locale={locale} />
      {agencies && (
        <>
          <FlowAgencyTable view={view} page={agencies} locale={locale} />
          <ListDownloads href={withQuery(`${PATH}/export`, flowSearch({ from: view.from, to: view.to }))} />
        </>
      )}
      <StateTimes
        times={summary.times}
        scope={agencyName ?? t("wholeAxis")}
        months={`${view.from.slice(5, 7)}/${view.from.slice(0, 4)}–${view.to.slice(5, 7)}/${view.to.slice(0, 4)}`}
        locale={locale}
      />
      <FlowVolumes volumes={volumes} locale={locale} />
      <section className="panel" aria-labelledby="flow-stuck-heading">
        <h2 id="flow-stuck-heading">{t("stuck", { days: view.query.stuckDays })}</h2>
        <p className="muted">{t("stuckIntro", { days: view.query.stuckDays, asOf: formatDateTime(stuck.asOf, locale) })}</p>
        {stuck.total === 0 ? (
          <p className="empty">{t("stuckNone", { days: view.query.stuckDays })}</p>
        ) : (
          <>
            <StuckTable rows={stuck.rows.slice(0, STUCK_SHOWN)} asOf={stuck.asOf} locale={locale} />
            <p className="more">
              <Link href={flowRowsHref(view, "stuck")} data-testid="flow-stuck-all">{t("stuckAll", { count: formatNumber(stuck.total, locale) })}</Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}
