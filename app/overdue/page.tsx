import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { ViewHeading } from "@/components/view/view-heading";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { getOverdueTasks, type OverdueTask } from "@/lib/data/progress";
import { formatNumber } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { tasksHref, viewHref } from "@/lib/view/href";
import type { RawParams } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overdue"))("title") };
}

type Group = { code: string; shortName: string; tasks: OverdueTask[] };

/** Overdue rows arrive most overdue first, so each agency's first row is its oldest. */
function byAgency(rows: OverdueTask[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const group = groups.get(row.agencyCode) ?? { code: row.agencyCode, shortName: row.agencyShortName, tasks: [] };
    group.tasks.push(row);
    groups.set(row.agencyCode, group);
  }
  return [...groups.values()];
}

export default async function OverduePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath("/overdue", raw));
  const [t, locale, view] = await Promise.all([getTranslations(), currentLocale(), resolveView(raw)]);
  if (!view) return <NoProgramme title={t("overdue.title")} />;
  const rows = await getOverdueTasks(view.current.basis, view.current.asOf);
  const groups = byAgency(rows);
  return (
    <>
      <ViewHeading title={t("overdue.title")} view={view} locale={locale} />
      <IgnoredNote ignored={view.ignored} />
      <AsOfPicker view={view} locale={locale} path="/overdue" />
      <p className="lead" data-testid="overdue-summary">
        {t("overdue.summary", { tasks: rows.length, agencies: groups.length })}{" "}
        {rows.length > 0 && <Link href={tasksHref(view.ref, { overdue: true, sort: "daysOverdue", dir: "desc" })}>{t("overdue.inTaskList")}</Link>}
      </p>
      {groups.length === 0 ? (
        <p className="panel empty">{t("overdue.none")}</p>
      ) : (
        groups.map((group) => (
          <section key={group.code} className="panel" aria-labelledby={`overdue-${group.code}`} data-testid="overdue-group">
            <h2 id={`overdue-${group.code}`}>
              <Link href={viewHref(`/agencies/${group.code}`, view.ref)}>{group.shortName}</Link>{" "}
              <span className="count-badge" data-testid="overdue-count">
                {formatNumber(group.tasks.length, locale)}
              </span>
            </h2>
            <DataTable
              caption={t("overdue.caption", { agency: group.shortName })}
              locale={locale}
              rows={group.tasks}
              rowKey={(task) => task.taskId}
              empty={t("overdue.none")}
              columns={[
                { key: "code", header: t("columns.code"), cell: (task) => <Link href={viewHref(`/tasks/${encodeURIComponent(task.code)}`, view.ref)}>{task.code}</Link> },
                { key: "title", header: t("columns.title"), value: (task) => task.title },
                { key: "deadline", header: t("columns.deadline"), kind: "date", value: (task) => task.deadline },
                { key: "status", header: t("columns.status"), value: (task) => t(`status.${task.status}`) },
                { key: "daysOverdue", header: t("columns.daysOverdue"), kind: "number", className: "strong", value: (task) => task.daysOverdue },
              ]}
            />
          </section>
        ))
      )}
    </>
  );
}
