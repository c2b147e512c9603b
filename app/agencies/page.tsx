import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { LoadingView } from "@/components/view/loading-view";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { ViewHeading } from "@/components/view/view-heading";
import { listAgencies } from "@/lib/data/agencies";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { ASSIGNED_STATUSES } from "@/lib/domain/task-class";
import { completionRate, formatNumber, formatPercent } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { asOfSearch, tasksHref, viewHref, withQuery } from "@/lib/view/href";
import type { AgencyListQuery, AgencyListSort } from "@/lib/domain/list-query";
import { parseAgencyListQuery, type RawParams, paramsKey } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agencies"))("title") };
}

const COLUMNS: { sort: AgencyListSort; label: string; numeric: boolean }[] = [
  { sort: "name", label: "columns.agency", numeric: false },
  { sort: "kind", label: "columns.agencyKind", numeric: false },
  { sort: "assigned", label: "columns.assigned", numeric: true },
  { sort: "completed", label: "status.COMPLETED", numeric: true },
  { sort: "rate", label: "columns.rate", numeric: true },
  { sort: "overdue", label: "status.OVERDUE", numeric: true },
];

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
  const keep: [string, string][] = [["sort", query.sort], ["dir", query.dir], ...query.kind.map((k): [string, string] => ["kind", k])];

  return (
    <>
      <ViewHeading title={t("agencies.title")} view={view} locale={locale} />
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
      <div className="table-scroll panel flush">
        <table data-testid="agency-list">
          <caption className="visually-hidden">{t("agencies.title")}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = query.sort === column.sort;
                const nextDir = active ? (query.dir === "asc" ? "desc" : "asc") : column.numeric ? "desc" : "asc";
                return (
                  <th
                    key={column.sort}
                    scope="col"
                    className={column.numeric ? "num" : undefined}
                    aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                  >
                    <Link href={listHref({ sort: column.sort, dir: nextDir })} className="sort-link">
                      {t(column.label)}
                      <span aria-hidden="true" className="sort-mark">{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                    </Link>
                  </th>
                );
              })}
              <th scope="col">{t("columns.actionPlan")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const rate = completionRate(row.completed, row.assigned);
              return (
                <tr key={row.code}>
                  <th scope="row">
                    <Link href={viewHref(`/agencies/${row.code}`, view.ref)}>{locale === "vi" ? row.shortName : row.nameEn}</Link>
                  </th>
                  <td>{t(`agencyKind.${row.kind}`)}</td>
                  <td className="num">
                    {row.assigned > 0 ? <Link href={tasksHref(view.ref, { agency: [row.code], status: [...ASSIGNED_STATUSES] })}>{formatNumber(row.assigned, locale)}</Link> : "0"}
                  </td>
                  <td className="num">{formatNumber(row.completed, locale)}</td>
                  <td className="num">{rate.ratio === null ? "—" : formatPercent(rate.ratio, locale)}</td>
                  <td className="num">{formatNumber(row.overdue, locale)}</td>
                  <td>{row.planIssued ? t("agencies.planIssued") : <strong className="warn">{t("agencies.planMissing")}</strong>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
