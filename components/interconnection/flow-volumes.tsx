import { getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import type { VolumeRow } from "@/lib/data/flows";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";

/** The trend as a table of bars drawn on the server: each week's (or month's) documents sent, of them signed, and received. */
export async function FlowVolumes({ volumes, locale }: { volumes: { unit: "week" | "month"; rows: VolumeRow[] }; locale: Locale }) {
  const t = await getTranslations("interconnection.flows");
  const unit = t(volumes.unit === "week" ? "unitWeek" : "unitMonth");
  const widest = Math.max(1, ...volumes.rows.map((r) => Math.max(r.sent, r.received)));
  const bar = (value: number, className: string) => <span className={`flow-bar ${className}`} style={{ width: `${(value / widest) * 100}%` }} />;
  const label = (start: string) => (volumes.unit === "week" ? formatDate(start, locale) : formatDate(start, locale).slice(3));
  return (
    <section className="panel" aria-labelledby="flow-trend">
      <h2 id="flow-trend">{t("trend", { unit })}</h2>
      <TableFrame caption={t("trendCaption", { unit })} testId="flow-volumes" className="flush flow-volumes">
          <thead>
            <tr>
              <th scope="col">{t(volumes.unit === "week" ? "columns.week" : "columns.month")}</th>
              <th scope="col" className="num">{t("columns.sent")}</th>
              <th scope="col" className="num">{t("columns.signed")}</th>
              <th scope="col" className="num">{t("columns.received")}</th>
              <th scope="col" aria-hidden="true" className="flow-bars-head" />
            </tr>
          </thead>
          <tbody>
            {volumes.rows.map((row) => (
              <tr key={row.start}>
                <th scope="row">{label(row.start)}</th>
                <td className="num">{formatNumber(row.sent, locale)}</td>
                <td className="num">{formatNumber(row.signed, locale)}</td>
                <td className="num">{formatNumber(row.received, locale)}</td>
                <td className="flow-bars" aria-hidden="true">
                  {bar(row.sent, "sent")}
                  {bar(row.signed, "signed")}
                  {bar(row.received, "received")}
                </td>
              </tr>
            ))}
          </tbody>
      </TableFrame>
    </section>
  );
}
