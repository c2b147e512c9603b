import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { TrendPoint } from "@/lib/data/trend";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { completionRate, formatNumber } from "@/lib/domain/rate";
import { tasksHref } from "@/lib/view/href";
import { TrendChart, type TrendDot } from "./trend-chart";

export async function TrendSection({ points, programme, locale }: { points: TrendPoint[]; programme: string; locale: Locale }) {
  const t = await getTranslations();
  const title = t("overview.trend");
  const rows = points.map((point) => {
    const rate = completionRate(point.completed, point.assigned);
    const href = tasksHref({ programme, quarter: point.period }, { status: ["COMPLETED"] });
    return { point, rate, href, label: quarterLabel(point.period, locale) };
  });
  const dots: TrendDot[] = rows.map(({ rate, href, label }) => ({
    label,
    percent: rate.ratio === null ? null : Math.round(rate.ratio * 1000) / 10,
    fraction: `${formatNumber(rate.completed, locale)}/${formatNumber(rate.assigned, locale)}`,
    href,
  }));
  return (
    <section className="panel" aria-labelledby="trend">
      <h2 id="trend">{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t("overview.noPeriods")}</p>
      ) : (
        <>
          <TrendChart dots={dots} title={title} rateLabel={t("columns.rate")} />
          <details className="table-alternative">
            <summary>{t("overview.asTable")}</summary>
            <DataTable
              testId="trend-table"
              caption={title}
              locale={locale}
              rows={rows}
              rowKey={(row) => row.point.period.id}
              empty={t("overview.noPeriods")}
              columns={[
                { key: "quarter", header: t("columns.quarter"), kind: "head", value: (row) => row.label },
                { key: "completed", header: t("status.COMPLETED"), className: "num", cell: (row) => <a href={row.href}>{formatNumber(row.rate.completed, locale)}</a> },
                { key: "assigned", header: t("columns.assigned"), kind: "number", value: (row) => row.rate.assigned },
                { key: "rate", header: t("columns.rate"), kind: "percent", value: (row) => row.rate.ratio },
              ]}
            />
          </details>
        </>
      )}
    </section>
  );
}
