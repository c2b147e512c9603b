import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { PeriodReportRow } from "@/lib/data/reporting";
import type { Locale } from "@/lib/domain/locale";

type Props = { rows: PeriodReportRow[]; hrefOf: (agencyCode: string) => string; locale: Locale };

/** Every agency asked to report: the silent ones first, with days past due, then the late ones. */
export async function PeriodReportsTable({ rows, hrefOf, locale }: Props) {
  const t = await getTranslations("reporting");
  const tk = await getTranslations("agencyKind");
  return (
    <DataTable
      testId="period-reports"
      caption={t("reportsCaption")}
      locale={locale}
      rows={rows}
      rowKey={(row) => row.reportId}
      rowAttributes={(row) => ({ "data-agency": row.agencyCode })}
      empty={t("noneAsked")}
      columns={[
        { key: "agency", header: t("columns.agency"), kind: "head", cell: (row) => <a href={hrefOf(row.agencyCode)}>{locale === "vi" ? row.agencyShortName : row.agencyNameEn}</a> },
        { key: "kind", header: t("columns.kind"), value: (row) => tk(row.kind) },
        {
          key: "timeliness",
          header: t("columns.timeliness"),
          className: (row) => (row.timeliness === "MISSING" || row.timeliness === "LATE" ? "overdue-flag" : undefined),
          value: (row) => t(`timeliness.${row.timeliness}`),
        },
        { key: "daysPastDue", header: t("columns.daysPastDue"), kind: "number", value: (row) => (row.daysPastDue > 0 ? row.daysPastDue : null) },
        { key: "sentOn", header: t("columns.sentOn"), kind: "date", value: (row) => row.firstSubmittedOn },
        { key: "state", header: t("columns.reportState"), value: (row) => t(`reportState.${row.state}`) },
      ]}
    />
  );
}
