import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { listRecentChanges } from "@/lib/data/recent-changes";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { currentLocale } from "@/lib/i18n/current-locale";
import { withQuery } from "@/lib/view/href";
import { parseChangeFilters, type RawParams } from "@/lib/view/params";
import { DateField } from "@/components/ui/date-field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("changes"))("title") };
}

/** Recent status changes across all agencies, for VPCP's analysts to review. */
export default async function ChangesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath("/changes", raw));
  const parsed = parseChangeFilters(raw);
  const filters = parsed.value;
  const [t, locale, agencies, result] = await Promise.all([getTranslations(), currentLocale(), listAgencyOptions(), listRecentChanges(filters)]);
  const pageHref = (page: number) => {
    const search = new URLSearchParams();
    if (filters.agency) search.set("agency", filters.agency);
    if (filters.from) search.set("from", filters.from);
    if (filters.to) search.set("to", filters.to);
    if (page > 1) search.set("page", String(page));
    return withQuery("/changes", search);
  };
  return (
    <>
      <h1>{t("changes.title")}</h1>
      <IgnoredNote ignored={parsed.ignored} />
      <form method="get" action="/changes" className="panel filters no-print" aria-label={t("filters.label")}>
        <div className="field">
          <label htmlFor="changes-agency">{t("filters.agency")}</label>
          <select id="changes-agency" name="agency" defaultValue={filters.agency ?? ""}>
            <option value="">{t("filters.allAgencies")}</option>
            {agencies.map((a) => (
              <option key={a.code} value={a.code}>
                {a.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <DateField label={t("changes.from")} name="from" defaultValue={filters.from} />
        </div>
        <div className="field">
          <DateField label={t("changes.to")} name="to" defaultValue={filters.to} />
        </div>
        <div className="filter-actions">
          <button type="submit">{t("filters.apply")}</button>
          <Link href="/changes">{t("filters.clear")}</Link>
        </div>
      </form>
      <p role="status" className="muted" data-testid="changes-count">
        {t("changes.count", { count: result.total })}
      </p>
      <DataTable
        testId="changes-table"
        className="panel flush"
        caption={t("changes.title")}
        locale={locale}
        rows={result.rows}
        rowKey={(row) => row.id}
        empty={t("changes.none")}
        columns={[
          {
            key: "recorded",
            header: t("changes.recordedAt"),
            cell: (row) => (
              <>
                {formatDateTime(row.changedAt, locale)}
                <br />
                <span className="muted small">{t("changes.effective", { date: formatDate(row.effectiveOn, locale) })}</span>
              </>
            ),
          },
          { key: "code", header: t("columns.code"), cell: (row) => <a href={`/tasks/${encodeURIComponent(row.taskCode)}`} title={row.taskTitle}>{row.taskCode}</a> },
          { key: "agency", header: t("columns.agency"), value: (row) => row.agencyShortName },
          { key: "change", header: t("changes.change"), value: (row) => `${row.fromStatus ? `${t(`status.${row.fromStatus}`)} → ` : ""}${t(`status.${row.toStatus}`)}` },
          {
            key: "note",
            header: t("changes.note"),
            className: "prewrap",
            cell: (row) => (
              <>
                {row.note ?? "—"}
                {row.evidenceNumber && <span className="muted small"> · {row.evidenceNumber}{row.evidenceDate ? ` (${formatDate(row.evidenceDate, locale)})` : ""}</span>}
              </>
            ),
          },
          { key: "by", header: t("changes.by"), value: (row) => row.by ?? t("task.bySystem") },
        ]}
      />
      <Pager page={result.page} pageCount={result.pageCount} href={pageHref} summary={t("tasks.pageOf", { page: result.page, pages: result.pageCount, total: result.total })} />
    </>
  );
}
