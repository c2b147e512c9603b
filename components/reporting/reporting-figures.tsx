import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable
          testId="reporting-by-kind"
          caption={t("byKind")}
          locale={locale}
          rows={figures.byKind}
          rowKey={(row) => row.kind}
          empty={t("noRequest")}
          columns={[
            { key: "kind", header: t("columns.kind"), kind: "head", value: (row) => tk(row.kind) },
            ...(["required", ...TIMELINESS, ...REVIEW] as const).map((key) => ({
              key,
              header: t(`figures.${key}`),
              kind: "number" as const,
              value: (row: Figures["byKind"][number]) => row[key],
            })),
          ]}
        />
      )}
    </div>
  );
}
