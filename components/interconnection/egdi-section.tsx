import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { DataTable } from "@/components/ui/data-table";
import type { SurveyRow, SurveySeries } from "@/lib/data/indicator-series";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import { yearOf } from "@/lib/domain/indicator-target";
import { numberFormat } from "@/lib/domain/intl-formats";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber, formatSignedNumber } from "@/lib/domain/rate";
import { indicatorsHref } from "@/lib/view/indicators-day";
import { RankChart } from "./rank-chart";
import { TargetBadge } from "./target-badge";

/** ASEAN's ten members of the surveys' years and Timor-Leste: the lowest place the chart shows. */
const ASEAN_PLACES = 11;

/** An index as the surveys print it: 0,57 or 0,5143 in Vietnamese. */
export function formatIndex(value: number | null, locale: Locale): string {
  return value === null ? "—" : numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value);
}

/** Viet Nam in the UN surveys up to the day shown, against the programme's ASEAN target, as a chart and a table. */
export async function EgdiSection({ series, asOf, locale }: { series: SurveySeries; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("interconnection.indicators");
  const { surveys, target, state, judged } = series;
  const rowHref = (survey: { year: number }) => `#survey-${survey.year}`;
  const point = (survey: SurveyRow, rank: number) => ({ year: survey.year, rank, href: rowHref(survey), label: t("egdi.point", { year: survey.year, rank }) });
  const asean = surveys.filter((survey) => survey.aseanRank !== null);
  return (
    <section className="panel" aria-labelledby="egdi-heading" data-testid="egdi-section">
      <h2 id="egdi-heading">{t("egdi.heading")}</h2>
      <p data-testid="egdi-target">
        {target ? t("egdi.target", { programme: target.programmeCode, value: target.value, due: formatDate(target.dueOn, locale) }) : t("egdi.noTarget")}{" "}
        {state && <TargetBadge state={state} text={t(`state.${state}`)} testId="egdi-target-state" />}{" "}
        {state && state !== "notYetDue" && target && (judged?.aseanRank ? <a href={rowHref(judged)}>{t("egdi.judged", { year: judged.year, rank: judged.aseanRank })}</a> : t("egdi.judgedNone", { year: yearOf(target.dueOn) }))}
      </p>
      {surveys.length > 0 && (
        <div className="rank-charts">
          <RankChart title={t("egdi.worldChart")} points={surveys.map((survey) => point(survey, survey.rank))} worst={Math.max(...surveys.map((survey) => survey.countries))} testId="egdi-world-chart" />
          {asean.length > 0 && (
            <RankChart
              title={t("egdi.aseanChart")}
              points={asean.map((survey) => point(survey, survey.aseanRank!))}
              worst={ASEAN_PLACES}
              target={target ? { value: target.value, label: t("egdi.targetLine", { value: target.value }) } : undefined}
              testId="egdi-asean-chart"
            />
          )}
        </div>
      )}
      {surveys.length > 0 && <ListDownloads href={indicatorsHref("/interconnection/indicators/export", asOf, { table: "surveys" })} testId="surveys-downloads" />}
      <DataTable
        testId="egdi-table"
        caption={t("egdi.caption")}
        locale={locale}
        rows={surveys}
        rowKey={(survey) => String(survey.year)}
        empty={t("egdi.none", { year: yearOf(asOf) })}
        rowAttributes={(survey) => ({ id: `survey-${survey.year}`, "data-year": String(survey.year) })}
        columns={[
          { key: "year", header: t("columns.year"), kind: "head", cell: (survey) => String(survey.year) },
          { key: "rank", header: t("columns.rank"), className: "num strong", cell: (survey) => t("egdi.rankOf", { rank: formatNumber(survey.rank, locale), countries: formatNumber(survey.countries, locale) }) },
          { key: "gained", header: t("columns.gained"), className: "num", cell: (survey) => (survey.gained === null ? "—" : t("egdi.places", { places: formatSignedNumber(survey.gained, locale) })) },
          { key: "aseanRank", header: t("columns.aseanRank"), kind: "number", value: (survey) => survey.aseanRank },
          { key: "egdi", header: t("columns.egdi"), className: "num", cell: (survey) => formatIndex(survey.egdi, locale) },
          { key: "osi", header: t("columns.osi"), className: "num", cell: (survey) => formatIndex(survey.osi, locale) },
          { key: "osiRegionRank", header: t("columns.osiRegionRank"), kind: "number", value: (survey) => survey.osiRegionRank },
        ]}
      />
      {/* Sources are long: under the table, not a column that would push the figures out of view. */}
      {surveys.some((survey) => survey.source) && (
        <dl className="survey-sources note" data-testid="egdi-sources">
          <dt>{t("columns.source")}</dt>
          {surveys.filter((survey) => survey.source).map((survey) => (
            <dd key={survey.year}>{survey.year}: {survey.source}</dd>
          ))}
        </dl>
      )}
      <p className="note">{t("egdi.laterNote")}</p>
    </section>
  );
}
