import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { DataTable } from "@/components/ui/data-table";
import type { SeriesPoint } from "@/lib/data/indicator-series";
import type { Target } from "@/lib/domain/indicator-target";
import type { IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterBounds, quarterLabel, quarterOf } from "@/lib/domain/quarter";
import { completionRate, formatRate } from "@/lib/domain/rate";
import { indicatorsHref } from "@/lib/view/indicators-day";

const PATH = "/interconnection/indicators";

/** What a point of the series is: a quarter's end, or the day the page shows. */
export function pointLabel(day: IsoDate, t: (key: string, values?: Record<string, string>) => string, locale: Locale): string {
  const quarter = quarterOf(day);
  return quarterBounds(quarter).endsOn === day ? t("series.quarterEnd", { quarter: quarterLabel(quarter, locale) }) : t("series.asOfDay");
}

/** The national share at levels 3–4 quarter by quarter, each row a bar and a link to the agencies that day. */
export async function ServicesSeries({ points, target, asOf, locale }: { points: SeriesPoint[]; target: Target | null; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("interconnection.indicators");
  return (
    <section className="panel" aria-labelledby="series-heading" data-testid="series-section">
      <h2 id="series-heading">{t("series.heading")}</h2>
      {points.length > 0 && <ListDownloads href={indicatorsHref(`${PATH}/export`, asOf, { table: "series" })} testId="series-downloads" />}
      <DataTable
        testId="series-table"
        caption={t("series.caption")}
        locale={locale}
        rows={points}
        rowKey={(point) => point.day}
        empty={t("series.none")}
        emptyTestId="series-none"
        rowAttributes={(point) => ({ "data-day": point.day, "data-due": target?.dueOn === point.day || undefined })}
        columns={[
          { key: "point", header: t("columns.day"), kind: "head", cell: (point) => pointLabel(point.day, t, locale) },
          { key: "day", header: t("columns.countedOn"), kind: "date", value: (point) => point.day },
          { key: "agencies", header: t("columns.agencies"), kind: "number", value: (point) => point.agencies },
          {
            key: "share",
            header: t("columns.share"),
            className: "share-cell",
            cell: (point) => (
              <a href={`${indicatorsHref(PATH, point.day)}#services-agencies`} className="share-link">
                <span className="share-bar" aria-hidden="true">
                  <i style={{ width: `${point.total === 0 ? 0 : (point.high / point.total) * 100}%` }} />
                </span>
                <span>{formatRate(completionRate(point.high, point.total), locale)}</span>
              </a>
            ),
          },
        ]}
      />
    </section>
  );
}
