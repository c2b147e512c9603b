import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { LoadingView } from "@/components/view/loading-view";
import { currentUser, requirePageUser, returnPath } from "@/lib/auth/session";
import { canManageTasks } from "@/lib/domain/permissions";
import Link from "next/link";
import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskTable } from "@/components/tasks/task-table";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { ViewHeading } from "@/components/view/view-heading";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { EXPORT_LIMIT, listTasks } from "@/lib/data/task-list";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { asOfSearch, tasksHref } from "@/lib/view/href";
import { parseTaskQuery, type RawParams, paramsKey } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("title") };
}

/** Every parameter except the as-of and the page, for the as-of picker to keep. */
function filterEntries(raw: RawParams): [string, string][] {
  return Object.entries(raw).flatMap(([name, value]) =>
    ["programme", "quarter", "date", "page"].includes(name) || value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

async function TasksView({ raw }: { raw: RawParams }) {
  const user = await currentUser();
  const [t, locale, view, agencies] = await Promise.all([getTranslations("tasks"), currentLocale(), resolveView(raw), listAgencyOptions()]);
  if (!view) return <NoProgramme title={t("title")} />;
  const parsed = parseTaskQuery(raw);
  const query = parsed.value;
  const page = await listTasks(view.current.basis, view.current.asOf, query);
  const exportHref = (format: "csv" | "xlsx") => {
    const search = new URLSearchParams(tasksHref(view.ref, { ...query, page: 1 }, "").slice(1));
    search.delete("size");
    search.set("format", format);
    return `/tasks/export?${search.toString()}`;
  };
  return (
    <ClientMessages namespaces={["columns", "status", "tasks", "table"]}>
        <ViewHeading title={t("title")} view={view} locale={locale} keep={filterEntries(raw)} />
        {user && canManageTasks(user) && (
          <p className="no-print">
            <Link href="/admin/tasks/new">{t("add")}</Link>
          </p>
        )}
        <IgnoredNote ignored={[...view.ignored, ...parsed.ignored]} />
        <AsOfPicker view={view} locale={locale} path="/tasks" keep={filterEntries(raw)} />
        <TaskFilters view={view.ref} query={query} agencies={agencies} hide={typeof raw.hide === "string" ? raw.hide : undefined} />
        <div className="result-bar">
          <p role="status" data-testid="result-count">
            {t("count", { count: page.total, formatted: formatNumber(page.total, locale) })}
          </p>
          {page.total > 0 && (
            <p className="exports no-print">
              <a href={exportHref("csv")} download data-testid="export-csv">
                {t("exportCsv")}
              </a>
              <a href={exportHref("xlsx")} download data-testid="export-xlsx">
                {t("exportXlsx")}
              </a>
              {page.total > EXPORT_LIMIT && <span className="note">{t("exportLimit", { limit: formatNumber(EXPORT_LIMIT, locale) })}</span>}
            </p>
          )}
        </div>
        <TaskTable
          rows={page.rows}
          total={page.total}
          page={page.page}
          size={page.size}
          sort={query.sort}
          dir={query.dir}
          locale={locale}
          asOfQuery={asOfSearch(view.ref).toString()}
        />
    </ClientMessages>
  );
}

// The figures stream in behind a loading state (not a loading.tsx, which would wrap the sibling
// /[code] pages too and turn their 404 into a 200).
export default async function TasksPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath("/tasks", raw));
  return (
    <Suspense key={paramsKey(raw)} fallback={<LoadingView />}>
      <TasksView raw={raw} />
    </Suspense>
  );
}
