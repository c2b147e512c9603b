import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import type { ServiceAgencyPage, ServiceAgencyRow, ServicesSummary } from "@/lib/data/indicators";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { completionRate, formatNumber, formatRate } from "@/lib/domain/rate";
import { indicatorsHref } from "@/lib/view/indicators-day";
import { TargetBadge } from "./target-badge";

const PATH = "/interconnection/indicators";
const share = (count: { high: number; total: number }, locale: Locale) => formatRate(completionRate(count.high, count.total), locale);

type Props = { summary: ServicesSummary; page: ServiceAgencyPage; asOf: IsoDate; locale: Locale };

/** The share of online services at levels 3–4, nationally and per agency, against the programme's target. */
export async function ServicesSection({ summary, page, asOf, locale }: Props) {
  const t = await getTranslations("interconnection.indicators");
  const { target, atDue } = summary;
  const name = (row: ServiceAgencyRow) => (locale === "vi" ? row.shortName : row.nameEn);
  const historyHref = (code: string) => indicatorsHref(`${PATH}/${encodeURIComponent(code)}`, asOf);
  const due = target ? formatDate(target.dueOn, locale) : "";
  return (
    <section className="panel" aria-labelledby="services-heading" data-testid="services-section">
      <h2 id="services-heading">{t("services.heading")}</h2>
      <p className="lead" data-testid="services-national">
        <span>{t("services.national")}: </span>
        <a className="figure-inline" href="#services-agencies" data-testid="services-national-share">{share(summary, locale)}</a>{" "}
        <span>{t("services.nationalText", { counted: summary.counted, agencies: summary.agencies })}</span>
      </p>
      <p data-testid="services-target">
        {target ? t("services.target", { programme: target.programmeCode, value: target.value, due }) : t("services.noTarget")}{" "}
        {summary.state && <TargetBadge state={summary.state} text={t(`state.${summary.state}`)} testId="services-target-state" />}
      </p>
      {target && atDue && (
        <p data-testid="services-at-due">
          {t("services.atDue", { due, rate: share(atDue, locale), missed: atDue.missed, counted: atDue.counted, met: atDue.met })}{" "}
          <a href={`${indicatorsHref(PATH, target.dueOn)}#services-agencies`}>{t("services.atDueLink", { due })}</a>
        </p>
      )}
      <div id="services-agencies">
        <ListDownloads href={indicatorsHref(`${PATH}/export`, asOf, { table: "agencies" })} testId="agencies-downloads" />
        <DataTable
          testId="services-table"
          caption={t("services.caption")}
          locale={locale}
          rows={page.rows}
          rowKey={(row) => row.code}
          empty={t("services.none")}
          rowAttributes={(row) => ({ "data-agency": row.code })}
          columns={[
            { key: "agency", header: t("columns.agency"), kind: "head", cell: (row) => <a href={historyHref(row.code)} aria-label={t("services.history", { agency: name(row) })}>{name(row)}</a> },
            {
              key: "countedOn",
              header: t("columns.countedOn"),
              kind: "date",
              value: (row) => row.count?.countedOn ?? null,
              spanWhen: (row) => (row.count ? null : { columns: 7, content: t("services.noCount"), className: "empty" }),
            },
            { key: "level1", header: t("columns.level1"), kind: "number", value: (row) => row.count?.level1 ?? null },
            { key: "level2", header: t("columns.level2"), kind: "number", value: (row) => row.count?.level2 ?? null },
            { key: "level3", header: t("columns.level3"), kind: "number", value: (row) => row.count?.level3 ?? null },
            { key: "level4", header: t("columns.level4"), kind: "number", value: (row) => row.count?.level4 ?? null },
            { key: "total", header: t("columns.total"), kind: "number", value: (row) => row.count?.total ?? null },
            { key: "share", header: t("columns.share"), className: "num strong", cell: (row) => (row.count ? <a href={historyHref(row.code)}>{share(row.count, locale)}</a> : "—") },
            {
              key: "target",
              header: target ? `${t("columns.target")} (${due})` : t("columns.target"),
              cell: (row) =>
                row.state ? (
                  <>
                    <TargetBadge state={row.state} text={t(`state.${row.state}`)} />
                    {row.atDue && row.atDue.countedOn !== row.count?.countedOn && <span className="small muted"> {share(row.atDue, locale)}</span>}
                  </>
                ) : "—",
            },
          ]}
        />
        <Pager
          page={page.page}
          pageCount={page.pageCount}
          href={(n) => `${indicatorsHref(PATH, asOf, n > 1 ? { page: String(n) } : {})}#services-agencies`}
          label={t("services.pages")}
          summary={t("services.pageOf", { page: page.page, pages: page.pageCount, total: formatNumber(page.total, locale) })}
        />
      </div>
    </section>
  );
}
