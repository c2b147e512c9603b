import { getTranslations } from "next-intl/server";
import type { ReportingFigures as Figures } from "@/lib/data/reporting";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber, formatPercent } from "@/lib/domain/rate";

type Props = { figures: Figures; asOf: string; locale: Locale; byKind?: boolean };

const TIMELINESS = ["onTime", "late", "missing", "notYetDue"] as const;
const REVIEW = ["accepted", "awaitingReview", "returned"] as const;

/** How complete and timely a quarter's reports are ("24/32 on time, 6 late, 2 not sent"), and per agency kind. */
export async function ReportingFigures({ figures, asOf, locale, byKind = true }: Props) {
  const t = await getTranslations("reporting");
  const tk = await getTranslations("agencyKind");
  const { total } = figures;
  const n = (value: number) => formatNumber(value, locale);
  if (total.required === 0) return <p className="empty">{t("noRequest")}</p>;
  return (
    <div data-testid="reporting-figures">
      <p className="figure-small" data-testid="reporting-on-time">
        {t("onTimeFigure", { onTime: n(total.onTime), required: n(total.required), percent: formatPercent(total.onTime / total.required, locale) })}
      </p>
      <p className="muted" data-testid="reporting-line">
        {t("timelinessLine", { late: total.late, missing: total.missing, notYetDue: total.notYetDue, date: formatDate(asOf, locale) })}
      </p>
      <ul className="figure-tiles">
        {[...TIMELINESS, ...REVIEW].map((key) => (
          <li key={key} className={`tile${key === "missing" && total.missing > 0 ? " status-overdue" : ""}`} data-testid={`reporting-${key}`}>
            <div className="tile-static">
              <span className="tile-label">{t(`figures.${key}`)}</span>
              <span className="tile-value">{n(total[key])}</span>
            </div>
          </li>
        ))}
      </ul>
      {byKind && (
        <div className="table-scroll">
          <table data-testid="reporting-by-kind">
            <caption className="visually-hidden">{t("byKind")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.kind")}</th>
                {["required", ...TIMELINESS, ...REVIEW].map((key) => (
                  <th key={key} scope="col" className="num">{t(`figures.${key}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.byKind.map((row) => (
                <tr key={row.kind}>
                  <th scope="row">{tk(row.kind)}</th>
                  {(["required", ...TIMELINESS, ...REVIEW] as const).map((key) => (
                    <td key={key} className="num">{n(row[key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
