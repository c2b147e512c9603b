import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { STAGE_MARKS } from "@/components/interconnection/rollout-grid";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { appToday } from "@/lib/clock";
import { listRolloutAgencies, provinceNames, type RolloutRow } from "@/lib/data/rollout-rows";
import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { indicatorsDay } from "@/lib/view/indicators-day";
import { pageParam, type RawParams } from "@/lib/view/params";
import { describeRolloutFilter, parseRolloutFilter, ROLLOUT_PATH, ROLLOUT_ROWS_PATH, rolloutRowsHref } from "@/lib/view/rollout-params";
import "../rollout.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interconnection.rollout"))("rows.title") };
}

/** The agencies behind one of the rollout's counts, as of its day, 25 a page. */
export default async function RolloutRowsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath(ROLLOUT_ROWS_PATH, raw));
  const day = indicatorsDay(raw, appToday());
  const { filter, ignored } = parseRolloutFilter(raw);
  const page = pageParam(raw, "page", ignored);
  const [t, locale, rows, province] = await Promise.all([
    getTranslations("interconnection.rollout"),
    currentLocale(),
    listRolloutAgencies(day.asOf, filter, page),
    filter.province ? provinceNames(filter.province) : null,
  ]);
  const name = (agency: { shortName: string; nameEn: string }) => (locale === "vi" ? agency.shortName : agency.nameEn);
  const what = describeRolloutFilter(t as (key: string, values?: Record<string, string | number>) => string, filter, province && name(province));
  const date = formatDate(day.asOf, locale);
  const exportHref = rolloutRowsHref(day.asOf, filter).replace(ROLLOUT_ROWS_PATH, `${ROLLOUT_ROWS_PATH}/export`);
  const mine = new Set(["group", "stage", "province"]);
  return (
    <>
      <nav className="breadcrumb">
        <a href={`${ROLLOUT_PATH}?date=${day.asOf}`}>{t("rows.back")}</a>
      </nav>
      <header className="view-heading">
        <h1>{t("rows.title")}</h1>
        <p className="as-of-line" data-testid="as-of">
          <strong>{what}</strong> · {t("asOfDate", { date })}
        </p>
      </header>
      <IgnoredNote ignored={[...day.ignored, ...ignored].map((param) => (mine.has(param) ? t(`params.${param}`) : param))} />
      <p className="lead" data-testid="rollout-rows-total">{t("rows.count", { count: rows.total })}</p>
      {rows.total > 0 && <ListDownloads href={exportHref} testId="rollout-rows-downloads" />}
      <DataTable
        testId="rollout-rows"
        caption={t("rows.caption", { what, date })}
        locale={locale}
        rows={rows.rows}
        rowKey={(row) => row.code}
        empty={t("rows.empty")}
        emptyTestId="rollout-rows-empty"
        columns={[
          { key: "code", header: t("rows.code"), cell: (row: RolloutRow) => <a href={`/agencies/${row.code}?date=${day.asOf}`}>{row.code}</a> },
          { key: "agency", header: t("rows.agency"), kind: "head", cell: (row) => name(row) },
          { key: "province", header: t("rows.province"), cell: (row) => (row.province ? name(row.province) : "—") },
          { key: "parent", header: t("rows.parent"), cell: (row) => (row.parent && row.parent.code !== row.province?.code ? name(row.parent) : "—") },
          {
            key: "stage",
            header: t("rows.stage"),
            cell: (row) => (
              <>
                <span className={`stage-swatch stage-${row.level}`} aria-hidden="true">{STAGE_MARKS[row.level]}</span> {t(`stages.${row.level}`)}
              </>
            ),
          },
          { key: "reachedOn", header: t("rows.reachedOn"), kind: "date", value: (row) => row.reachedOn },
          { key: "identifierCode", header: t("rows.identifierCode"), cell: (row) => row.identifierCode ?? "—" },
        ]}
      />
      <Pager
        page={rows.page}
        pageCount={rows.pageCount}
        href={(target) => rolloutRowsHref(day.asOf, filter, target)}
        label={t("rows.pages")}
        summary={t("rows.pageOf", { page: rows.page, pages: rows.pageCount, total: formatNumber(rows.total, locale) })}
      />
    </>
  );
}
