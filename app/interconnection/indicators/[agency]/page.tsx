import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IndicatorForms } from "@/components/interconnection/indicator-forms";
import { IndicatorsHeading } from "@/components/interconnection/indicators-heading";
import { TargetBadge } from "@/components/interconnection/target-badge";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { appToday } from "@/lib/clock";
import { getAgencyServiceHistory } from "@/lib/data/indicator-series";
import { indicatorTarget } from "@/lib/data/indicators";
import { formatDate } from "@/lib/domain/dates";
import { servicesTargetState } from "@/lib/domain/indicator-target";
import { completionRate, formatNumber, formatRate } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { indicatorsDay, indicatorsHref } from "@/lib/view/indicators-day";
import { pageParam, type RawParams } from "@/lib/view/params";
import "../indicators.css";

type Props = { params: Promise<{ agency: string }>; searchParams: Promise<RawParams> };

const CODE = /^[A-Z0-9-]{1,20}$/;
const PATH = "/interconnection/indicators";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).agency) };
}

/** One agency's counts of online public services up to a day: the rows behind its figure on the indicators page. */
export default async function AgencyServicesPage({ params, searchParams }: Props) {
  const raw = await searchParams;
  const code = decodeURIComponent((await params).agency).toUpperCase();
  const path = `${PATH}/${encodeURIComponent(code)}`;
  const user = await requirePageUser(returnPath(path, raw));
  if (!CODE.test(code)) notFound();
  const today = appToday();
  const day = indicatorsDay(raw, today);
  const ignored = [...day.ignored];
  const page = pageParam(raw, "page", ignored);
  const [t, nav, locale, target] = await Promise.all([getTranslations("interconnection.indicators"), getTranslations("nav"), currentLocale(), indicatorTarget("SERVICES_LEVEL_3_4", day.asOf)]);
  const history = await getAgencyServiceHistory(code, day.asOf, page, target?.dueOn ?? null);
  if (!history) notFound();
  const name = locale === "vi" ? history.agency.shortName : history.agency.nameEn;
  const state = target ? servicesTargetState(target, day.asOf, history.atDue) : null;
  const due = target ? formatDate(target.dueOn, locale) : "";
  return (
    <>
      <nav className="breadcrumb" aria-label={nav("breadcrumb")}>
        <a href={`${indicatorsHref(PATH, day.asOf)}#services-agencies`}>{t("history.back")}</a>
      </nav>
      <IndicatorsHeading title={t("history.title", { agency: name })} day={day} today={today} locale={locale} path={path} />
      <IgnoredNote ignored={ignored} />
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading" className="visually-hidden">{t("history.caption", { date: formatDate(day.asOf, locale) })}</h2>
        {target && state && (
          <p data-testid="agency-target">
            {t("services.target", { programme: target.programmeCode, value: target.value, due })}{" "}
            <TargetBadge state={state} text={t(`state.${state}`)} testId="agency-target-state" />
            {history.atDue && <> {formatRate(completionRate(history.atDue.high, history.atDue.total), locale)}</>}
          </p>
        )}
        <DataTable
          testId="agency-history"
          caption={t("history.caption", { date: formatDate(day.asOf, locale) })}
          captionVisible
          locale={locale}
          rows={history.rows}
          rowKey={(row) => row.countedOn}
          empty={t("history.none")}
          rowAttributes={(row) => ({ "data-day": row.countedOn, "data-due": row.countedOn === history.atDue?.countedOn || undefined })}
          columns={[
            { key: "countedOn", header: t("columns.countedOn"), kind: "date", value: (row) => row.countedOn },
            { key: "level1", header: t("columns.level1"), kind: "number", value: (row) => row.level1 },
            { key: "level2", header: t("columns.level2"), kind: "number", value: (row) => row.level2 },
            { key: "level3", header: t("columns.level3"), kind: "number", value: (row) => row.level3 },
            { key: "level4", header: t("columns.level4"), kind: "number", value: (row) => row.level4 },
            { key: "total", header: t("columns.total"), kind: "number", value: (row) => row.level1 + row.level2 + row.level3 + row.level4 },
            { key: "share", header: t("columns.share"), className: "num strong", cell: (row) => formatRate(completionRate(row.level3 + row.level4, row.level1 + row.level2 + row.level3 + row.level4), locale) },
            { key: "recordedAt", header: t("columns.recordedAt"), kind: "datetime", value: (row) => row.recordedAt },
            { key: "recordedBy", header: t("columns.recordedBy"), cell: (row) => row.recordedBy ?? t("history.demoRow") },
          ]}
        />
        <Pager
          page={history.page}
          pageCount={history.pageCount}
          href={(n) => indicatorsHref(path, day.asOf, n > 1 ? { page: String(n) } : {})}
          label={t("history.pages")}
          summary={t("history.pageOf", { page: history.page, pages: history.pageCount, total: formatNumber(history.total, locale) })}
        />
      </section>
      <IndicatorForms user={user} today={today} locale={locale} agency={history.agency.code} />
    </>
  );
}
