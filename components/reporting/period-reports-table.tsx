import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PeriodReportRow } from "@/lib/data/reporting";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";

type Props = { rows: PeriodReportRow[]; hrefOf: (agencyCode: string) => string; locale: Locale };

/** Every agency asked to report: the silent ones first, with days past due, then the late ones. */
export async function PeriodReportsTable({ rows, hrefOf, locale }: Props) {
  const t = await getTranslations("reporting");
  const tk = await getTranslations("agencyKind");
  return (
    <div className="table-scroll">
      <table data-testid="period-reports">
        <thead>
          <tr>
            <th scope="col">{t("columns.agency")}</th>
            <th scope="col">{t("columns.kind")}</th>
            <th scope="col">{t("columns.timeliness")}</th>
            <th scope="col" className="num">{t("columns.daysPastDue")}</th>
            <th scope="col">{t("columns.sentOn")}</th>
            <th scope="col">{t("columns.reportState")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reportId} data-agency={row.agencyCode}>
              <th scope="row">
                <Link href={hrefOf(row.agencyCode)}>{locale === "vi" ? row.agencyShortName : row.agencyNameEn}</Link>
              </th>
              <td>{tk(row.kind)}</td>
              <td className={row.timeliness === "MISSING" || row.timeliness === "LATE" ? "overdue-flag" : undefined}>{t(`timeliness.${row.timeliness}`)}</td>
              <td className="num">{row.daysPastDue > 0 ? formatNumber(row.daysPastDue, locale) : "—"}</td>
              <td>{row.firstSubmittedOn ? formatDate(row.firstSubmittedOn, locale) : "—"}</td>
              <td>{t(`reportState.${row.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
