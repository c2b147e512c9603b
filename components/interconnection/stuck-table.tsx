import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { StuckRow } from "@/lib/data/flows";
import { formatDateTime } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";

/** Stuck documents, longest in their state first: where each one waits, since when, for how many days. */
export async function StuckTable({ rows, asOf, locale, testId = "stuck-table" }: { rows: StuckRow[]; asOf: Date; locale: Locale; testId?: string }) {
  const t = await getTranslations("interconnection.flows");
  const name = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <DataTable
      testId={testId}
      className="flush"
      caption={t("stuckCaption")}
      locale={locale}
      rows={rows}
      rowKey={(row) => `${row.documentId} ${row.receiverCode}`}
      empty="—"
      columns={[
        { key: "document", header: t("columns.document"), value: (row) => row.documentId },
        { key: "sender", header: t("columns.sender"), value: (row) => name(row.senderShortName, row.senderNameEn) },
        { key: "receiver", header: t("columns.receiver"), value: (row) => name(row.receiverShortName, row.receiverNameEn) },
        { key: "state", header: t("columns.state"), value: (row) => t(`states.${row.state}`) },
        { key: "since", header: t("columns.since"), value: (row) => formatDateTime(row.stateAt, locale) },
        { key: "days", header: t("columns.daysInState"), kind: "number", className: "strong", value: (row) => Math.floor((asOf.getTime() - row.stateAt.getTime()) / 86_400_000) },
      ]}
    />
  );
}
