import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import type { AgencyFlowRow, Paged } from "@/lib/data/flows";
import { formatDuration } from "@/lib/domain/durations";
import type { Locale } from "@/lib/domain/locale";
import { formatDate } from "@/lib/domain/dates";
import { formatNumber, formatPercent } from "@/lib/domain/rate";
import type { FlowView } from "@/lib/view/flow-period";
import { flowRowsHref, flowsHref } from "./flow-links";

const times = (p: AgencyFlowRow["times"]["03"], locale: Locale) => (p.median === null || p.p90 === null ? "—" : `${formatDuration(p.median, locale)} · ${formatDuration(p.p90, locale)}`);

/** Every top-level agency's flows in the period, lowest share of signed documents first; each count links to its documents. */
export async function FlowAgencyTable({ view, page, locale }: { view: FlowView; page: Paged<AgencyFlowRow>; locale: Locale }) {
  const t = await getTranslations("interconnection.flows");
  const name = (row: AgencyFlowRow) => (locale === "vi" ? row.shortName : row.nameEn);
  const count = (row: AgencyFlowRow, kind: "sent" | "signed" | "received", value: number) => (
    <Link href={flowRowsHref(view, kind, row.code)} aria-label={`${name(row)}: ${formatNumber(value, locale)} ${t(`columns.${kind}`).toLowerCase()}`}>
      {formatNumber(value, locale)}
    </Link>
  );
  return (
    <section className="panel" aria-labelledby="flows-by-agency">
      <h2 id="flows-by-agency">{t("agencyTable")}</h2>
      <DataTable
        testId="flows-by-agency"
        className="flush"
        caption={t("agencyCaption", { from: formatDate(view.from, locale), to: formatDate(view.to, locale) })}
        locale={locale}
        rows={page.rows}
        rowKey={(row) => row.code}
        empty={t("none")}
        columns={[
          { key: "agency", header: t("columns.agency"), kind: "head", cell: (row) => <Link href={flowsHref(view, { agency: row.code })}>{name(row)}</Link> },
          { key: "sent", header: t("columns.sent"), className: "num", cell: (row) => count(row, "sent", row.sent) },
          { key: "signed", header: t("columns.signed"), className: "num", cell: (row) => count(row, "signed", row.signed) },
          { key: "share", header: t("columns.share"), className: "num strong", cell: (row) => (row.sent > 0 ? formatPercent(row.signed / row.sent, locale) : "—") },
          { key: "received", header: t("columns.received"), className: "num", cell: (row) => count(row, "received", row.received) },
          { key: "accepted", header: t("columns.accepted"), className: "num", cell: (row) => times(row.times["03"], locale) },
          { key: "assigned", header: t("columns.assigned"), className: "num", cell: (row) => times(row.times["05"], locale) },
          { key: "finished", header: t("columns.finished"), className: "num", cell: (row) => times(row.times["06"], locale) },
        ]}
      />
      <Pager page={page.page} pageCount={page.pageCount} href={(p) => flowsHref(view, { page: p })} summary={t("agencyPager", { page: page.page, pageCount: page.pageCount, total: page.total })} />
    </section>
  );
}
