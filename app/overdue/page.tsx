import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { ViewHeading } from "@/components/view/view-heading";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { getOverduePage } from "@/lib/data/overdue";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { asOfSearch, tasksHref, viewHref, withQuery } from "@/lib/view/href";
import { pageParam, type RawParams } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { ListDownloads } from "@/components/export/list-downloads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overdue"))("title") };
}

export default async function OverduePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath("/overdue", raw));
  const [t, locale, view] = await Promise.all([getTranslations(), currentLocale(), resolveView(raw)]);
  if (!view) return <NoProgramme title={t("overdue.title")} />;
  const ignored = [...view.ignored];
  const overdue = await getOverduePage(view.current.basis, view.current.asOf, pageParam(raw, "page", ignored));
  const name = (shortName: string, nameEn: string) => (locale === "vi" ? shortName : nameEn);
  const pageHref = (page: number) => {
    const search = asOfSearch(view.ref);
    if (page > 1) search.set("page", String(page));
    return withQuery("/overdue", search);
  };
  return (
    <>
      <ViewHeading title={t("overdue.title")} view={view} locale={locale} />
      <IgnoredNote ignored={ignored} />
      <AsOfPicker view={view} locale={locale} path="/overdue" />
      <p className="lead" data-testid="overdue-summary">
        {t("overdue.summary", { tasks: overdue.tasks, agencies: overdue.agencies })}{" "}
        {overdue.tasks > 0 && <Link href={tasksHref(view.ref, { overdue: true, sort: "daysOverdue", dir: "desc" })}>{t("overdue.inTaskList")}</Link>}
      </p>
      {overdue.tasks > 0 && <ListDownloads href={withQuery("/overdue/export", asOfSearch(view.ref))} />}
      {overdue.groups.length === 0 ? (
        <p className="panel empty">{t("overdue.none")}</p>
      ) : (
        overdue.groups.map((group) => (
          <section key={group.code} className="panel" aria-labelledby={`overdue-${group.code}`} data-testid="overdue-group">
            <h2 id={`overdue-${group.code}`}>
              <Link href={viewHref(`/agencies/${group.code}`, view.ref)}>{name(group.shortName, group.nameEn)}</Link>{" "}
              <span className="count-badge" data-testid="overdue-count">
                {formatNumber(group.count, locale)}
              </span>
            </h2>
            <DataTable
              caption={t("overdue.caption", { agency: name(group.shortName, group.nameEn) })}
              locale={locale}
              rows={group.tasks}
              rowKey={(task) => task.taskId}
              empty={t("overdue.none")}
              columns={[
                { key: "code", header: t("columns.code"), cell: (task) => <a href={viewHref(`/tasks/${encodeURIComponent(task.code)}`, view.ref)}>{task.code}</a> },
                { key: "title", header: t("columns.title"), value: (task) => task.title },
                { key: "agency", header: t("columns.agency"), value: (task) => name(task.leadShortName, task.leadNameEn) },
                { key: "deadline", header: t("columns.deadline"), kind: "date", value: (task) => task.deadline },
                { key: "status", header: t("columns.status"), value: (task) => t(`status.${task.status}`) },
                { key: "daysOverdue", header: t("columns.daysOverdue"), kind: "number", className: "strong", value: (task) => task.daysOverdue },
              ]}
            />
            {group.count > group.tasks.length && (
              <p className="more" data-testid="overdue-more">
                <Link href={tasksHref(view.ref, { agency: [group.code], overdue: true, sort: "daysOverdue", dir: "desc" })}>
                  {t("overdue.more", { count: group.count - group.tasks.length, agency: name(group.shortName, group.nameEn) })}
                </Link>
              </p>
            )}
          </section>
        ))
      )}
      <Pager
        page={overdue.page}
        pageCount={overdue.pageCount}
        href={pageHref}
        label={t("overdue.pages")}
        summary={t("overdue.pageOf", { page: overdue.page, pages: overdue.pageCount, total: overdue.agencies })}
      />
    </>
  );
}
