import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TrendPoint } from "@/lib/data/trend";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { completionRate, formatNumber, formatPercent } from "@/lib/domain/rate";
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
            <div className="table-scroll">
              <table data-testid="trend-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("columns.quarter")}</th>
                    <th scope="col" className="num">{t("status.COMPLETED")}</th>
                    <th scope="col" className="num">{t("columns.assigned")}</th>
                    <th scope="col" className="num">{t("columns.rate")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ point, rate, href, label }) => (
                    <tr key={point.period.id}>
                      <th scope="row">{label}</th>
                      <td className="num"><Link href={href}>{formatNumber(rate.completed, locale)}</Link></td>
                      <td className="num">{formatNumber(rate.assigned, locale)}</td>
                      <td className="num">{rate.ratio === null ? "—" : formatPercent(rate.ratio, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
