import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import { LoadingView } from "@/components/view/loading-view";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { ViewHeading } from "@/components/view/view-heading";
import { listAgencies } from "@/lib/data/agencies";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { ASSIGNED_STATUSES } from "@/lib/domain/task-class";
import { completionRate, formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { asOfSearch, tasksHref, viewHref, withQuery } from "@/lib/view/href";
import type { AgencyListQuery, AgencyListSort } from "@/lib/domain/list-query";
import { parseAgencyListQuery, type RawParams, paramsKey } from "@/lib/view/params";
import { resolveView, type ResolvedView } from "@/lib/view/resolve-view";
import type { Locale } from "@/lib/domain/locale";
import { ListDownloads } from "@/components/export/list-downloads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agencies"))("title") };
}

type Row = Awaited<ReturnType<typeof listAgencies>>[number];
type Cells = Pick<Column<Row>, "kind" | "value" | "cell" | "className">;

// The sortable columns: each sorts in SQL through the address, numbers largest first.
function sortableColumns(t: (key: string) => string, view: ResolvedView, locale: Locale): { sort: AgencyListSort; label: string; numeric: boolean; render: Cells }[] {
  return [
    { sort: "name", label: "columns.agency", numeric: false, render: { kind: "head", cell: (row) => <a href={viewHref(`/agencies/${row.code}`, view.ref)}>{locale === "vi" ? row.shortName : row.nameEn}</a> } },
    { sort: "kind", label: "columns.agencyKind", numeric: false, render: { value: (row) => t(`agencyKind.${row.kind}`) } },
    {
      sort: "assigned",
      label: "columns.assigned",
      numeric: true,
      render: { className: "num", cell: (row) => (row.assigned > 0 ? <a href={tasksHref(view.ref, { agency: [row.code], status: [...ASSIGNED_STATUSES] })}>{formatNumber(row.assigned, locale)}</a> : "0") },
    },
    { sort: "completed", label: "status.COMPLETED", numeric: true, render: { kind: "number", value: (row) => row.completed } },
    { sort: "rate", label: "columns.rate", numeric: true, render: { kind: "percent", value: (row) => completionRate(row.completed, row.assigned).ratio } },
    { sort: "overdue", label: "status.OVERDUE", numeric: true, render: { kind: "number", value: (row) => row.overdue } },
  ];
}

async function AgenciesView({ raw }: { raw: RawParams }) {
  const [t, locale, view] = await Promise.all([getTranslations(), currentLocale(), resolveView(raw)]);
  if (!view) return <NoProgramme title={t("agencies.title")} />;
  const parsed = parseAgencyListQuery(raw);
  const query = parsed.value;
  const rows = await listAgencies(view.current.basis, view.current.asOf, view.programme.id, { ...query, locale });

  const listHref = (next: Partial<AgencyListQuery>) => {
    const search = asOfSearch(view.ref);
    const merged = { ...query, ...next };
    search.set("sort", merged.sort);
    search.set("dir", merged.dir);
    if (merged.kind.length) search.set("kind", merged.kind.join(","));
    return withQuery("/agencies", search);
  };
  const COLUMNS = sortableColumns(t, view, locale);
  const keep: [string, string][] = [["sort", query.sort], ["dir", query.dir], ...query.kind.map((k): [string, string] => ["kind", k])];

  return (
    <>
      <ViewHeading title={t("agencies.title")} view={view} locale={locale} keep={keep} />
      <IgnoredNote ignored={[...view.ignored, ...parsed.ignored]} />
      <AsOfPicker view={view} locale={locale} path="/agencies" keep={keep} />
      <nav className="chip-row no-print" aria-label={t("filters.kind")}>
        <Link href={listHref({ kind: [] })} aria-current={query.kind.length === 0 ? "true" : undefined}>
          {t("filters.allKinds")}
        </Link>
        {AGENCY_KINDS.filter((k) => k !== "OTHER").map((kind) => (
          <Link key={kind} href={listHref({ kind: [kind] })} aria-current={query.kind.length === 1 && query.kind[0] === kind ? "true" : undefined}>
            {t(`agencyKind.${kind}`)}
          </Link>
        ))}
      </nav>
      <p role="status" className="muted" data-testid="agency-count">
        {t("agencies.count", { count: rows.length })}
      </p>
      <ListDownloads href={withQuery("/agencies/export", new URLSearchParams([...asOfSearch(view.ref), ...keep]))} />
      <DataTable
        testId="agency-list"
        className="panel flush"
        caption={t("agencies.title")}
        locale={locale}
        rows={rows}
        rowKey={(row) => row.code}
        empty={t("agencies.none")}
        columns={[
          ...COLUMNS.map((column) => {
            const active = query.sort === column.sort;
            const nextDir = active ? (query.dir === "asc" ? "desc" : "asc") : column.numeric ? "desc" : "asc";
            return {
              key: column.sort,
              header: (
                <Link href={listHref({ sort: column.sort, dir: nextDir })} className="sort-link">
                  {t(column.label)}
                  <span aria-hidden="true" className="sort-mark">{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                </Link>
              ),
              headerProps: { className: column.numeric ? "num" : undefined, "aria-sort": active ? (query.dir === "asc" ? "ascending" : "descending") : undefined } as const,
              ...column.render,
            };
          }),
          { key: "plan", header: t("columns.actionPlan"), cell: (row) => (row.planIssued ? t("agencies.planIssued") : <strong className="warn">{t("agencies.planMissing")}</strong>) },
        ]}
      />
    </>
  );
}

// The figures stream in behind a loading state (not a loading.tsx, which would wrap the sibling
// /[code] pages too and turn their 404 into a 200).
export default async function AgenciesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath("/agencies", raw));
  return (
    <Suspense key={paramsKey(raw)} fallback={<LoadingView />}>
      <AgenciesView raw={raw} />
    </Suspense>
  );
}
