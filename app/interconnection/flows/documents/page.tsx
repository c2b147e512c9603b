import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { flowsHref } from "@/components/interconnection/flow-links";
import { StuckTable } from "@/components/interconnection/stuck-table";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { appNow } from "@/lib/clock";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { resolveFlowView } from "@/lib/view/flow-period";
import { flowSearch } from "@/lib/view/flow-params";
import { flowRows, rowKindOf } from "@/lib/view/flow-rows";
import { withQuery } from "@/lib/view/href";
import type { RawParams } from "@/lib/view/params";

const PATH = "/interconnection/flows/documents";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interconnection.flows"))("title") };
}

/** The documents behind a figure of the flows page, 25 a page, as many as the figure says. */
export default async function FlowDocumentsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(PATH, raw));
  const [t, locale, view] = await Promise.all([getTranslations("interconnection.flows"), currentLocale(), resolveFlowView(raw, user)]);
  const kind = rowKindOf(raw);
  const rows = view && kind ? await flowRows(view, kind, appNow(), view.query.page) : null;
  if (!view || !kind || !rows) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="panel empty" role="alert">{!kind ? t("rows.badKind") : view ? t("rows.noAgency") : t("none")}</p>
        <p><Link href="/interconnection/flows">{t("rows.back")}</Link></p>
      </>
    );
  }
  const agency = view.agency ? (locale === "vi" ? view.agency.shortName : view.agency.nameEn) : "";
  const what = kind === "stuck" && !view.agency ? t("rows.stuckAll", { days: view.query.stuckDays }) : t(`rows.${kind}`, { agency, days: view.query.stuckDays });
  const search = flowSearch({ from: view.from, to: view.to, agency: view.agency?.code, stuckDays: view.query.stuckDays });
  search.set("kind", kind);
  const pageHref = (page: number) => {
    const s = new URLSearchParams(search);
    if (page > 1) s.set("page", String(page));
    return withQuery(PATH, s);
  };
  const name = (vi: string | null, en: string | null) => (locale === "vi" ? vi : en) ?? "";
  return (
    <>
      <h1>{t("rows.title", { what })}</h1>
      <p className="lead" data-testid="flow-rows-count">
        {t("period", { from: formatDate(view.from, locale), to: formatDate(view.to, locale) })} · {t("rows.count", { count: formatNumber(rows.page.total, locale) })} ·{" "}
        <Link href={flowsHref(view)}>{t("rows.back")}</Link>
      </p>
      <IgnoredNote ignored={view.ignored} />
      <ListDownloads href={withQuery(`${PATH}/export`, search)} />
      {rows.kind === "stuck" ? (
        <StuckTable rows={rows.page.rows} asOf={rows.page.asOf} locale={locale} testId="flow-rows" />
      ) : (
        <DataTable
          testId="flow-rows"
          className="panel flush"
          caption={t("rows.title", { what })}
          locale={locale}
          rows={rows.page.rows}
          rowKey={(row) => `${row.documentId} ${row.receiverShortName ?? ""}`}
          empty="—"
          columns={[
            { key: "document", header: t("columns.document"), value: (row) => row.documentId },
            { key: "sender", header: t("columns.sender"), value: (row) => name(row.senderShortName, row.senderNameEn) },
            ...(rows.kind === "received"
              ? [
                  { key: "receiver", header: t("columns.receiver"), value: (row: (typeof rows.page.rows)[number]) => name(row.receiverShortName, row.receiverNameEn) },
                  { key: "state", header: t("columns.state"), value: (row: (typeof rows.page.rows)[number]) => (row.state ? t(`states.${row.state}`) : "") },
                ]
              : [{ key: "receivers", header: t("columns.receivers"), kind: "number" as const, value: (row: (typeof rows.page.rows)[number]) => row.receivers }]),
            { key: "at", header: t("columns.at"), value: (row) => formatDateTime(row.at, locale) },
            { key: "signed", header: t("columns.signedMark"), value: (row) => (row.signed ? t("yes") : t("no")) },
          ]}
        />
      )}
      <Pager page={rows.page.page} pageCount={rows.page.pageCount} href={pageHref} summary={t("rows.pager", { page: rows.page.page, pageCount: rows.page.pageCount, total: rows.page.total })} />
    </>
  );
}
