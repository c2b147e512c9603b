import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { TrendPoint } from "@/lib/data/rollout";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { connectedCount, ROLLOUT_GROUPS, STAGE_LEVELS, totalCount, type RolloutGroup } from "@/lib/domain/rollout";
import { rolloutRowsHref } from "@/lib/view/rollout-params";

/**
 * The rollout at each quarter's end up to the day: per group a bar of its stages (each segment a link
 * to those agencies on that day, named by its label) over "connected/all". An HTML table, readable
 * without script and in print, like the overview's bars.
 */
export async function RolloutTrend({ points, asOf, locale }: { points: TrendPoint[]; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("interconnection.rollout");
  const n = (value: number) => formatNumber(value, locale);
  const cell = (point: TrendPoint, group: RolloutGroup) => {
    const counts = point.counts[group];
    const date = formatDate(point.day, locale);
    return (
      <>
        <span className="bar-stack stage-bar">
          {STAGE_LEVELS.map((level) =>
            counts[level] === 0 ? null : (
              <a
                key={level}
                href={rolloutRowsHref(point.day, { group, stage: level })}
                className={`stage-${level}`}
                style={{ flexGrow: counts[level] }}
                aria-label={t("trend.segment", { group: t(`groups.${group}`), date, count: n(counts[level]), stage: t(`stages.${level}`) })}
              >
                {n(counts[level])}
              </a>
            ),
          )}
        </span>
        <a href={rolloutRowsHref(point.day, { group, stage: "ANY_CONNECTED" })} className="trend-connected">
          {t("trend.connected", { connected: n(connectedCount(counts)), total: n(totalCount(counts)) })}
        </a>
      </>
    );
  };
  return (
    <section className="panel" aria-labelledby="rollout-trend">
      <h2 id="rollout-trend">{t("trend.title")}</h2>
      <DataTable
        testId="rollout-trend"
        caption={t("trend.caption", { date: formatDate(asOf, locale) })}
        locale={locale}
        rows={points}
        rowKey={(point) => point.day}
        empty={t("rows.empty")}
        className="trend-table"
        columns={[
          { key: "day", header: t("trend.day"), kind: "head", cell: (point) => <a href={`/interconnection?date=${point.day}`}>{formatDate(point.day, locale)}</a> },
          ...ROLLOUT_GROUPS.map((group) => ({ key: group, header: t(`groupsShort.${group}`), className: "trend-cell", cell: (point: TrendPoint) => cell(point, group) })),
        ]}
      />
    </section>
  );
}
