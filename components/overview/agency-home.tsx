import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { getAgencyFigures } from "@/lib/data/agencies";
import { listRecentChanges } from "@/lib/data/recent-changes";
import { getClassCounts } from "@/lib/data/task-classes";
import { listTasks, type TaskListRow } from "@/lib/data/task-list";
import { addDays, formatDate, formatDateTime } from "@/lib/domain/dates";
import type { TaskQuery } from "@/lib/domain/list-query";
import type { Locale } from "@/lib/domain/locale";
import { completionRate, formatNumber, formatPercent } from "@/lib/domain/rate";
import { TASK_CLASSES } from "@/lib/domain/task-class";
import { tasksHref, viewHref } from "@/lib/view/href";
import { parseTaskQuery } from "@/lib/view/params";
import type { ResolvedView } from "@/lib/view/resolve-view";

const formatPercentOrDash = (ratio: number | null, locale: Locale) => (ratio === null ? "—" : formatPercent(ratio, locale));

/** How far ahead "due soon" looks. */
const DUE_SOON_DAYS = 30;
const LIST_ROWS = 5;

/**
 * An agency editor's home leads with their own agency: its tasks by class, what is overdue and what
 * falls due within 30 days, and its latest changes; each figure links to the rows behind it. The
 * open report request is shown above it (OpenRequests); the national figures follow below.
 */
export async function AgencyHome({ code, view, locale }: { code: string; view: ResolvedView; locale: Locale }) {
  const t = await getTranslations();
  const { basis, asOf } = view.current;
  const soonUntil = addDays(asOf, DUE_SOON_DAYS);
  const base = parseTaskQuery({}).value;
  const overdueQuery: TaskQuery = { ...base, agency: [code], overdue: true, sort: "daysOverdue", dir: "desc", size: LIST_ROWS };
  const soonQuery: TaskQuery = { ...base, agency: [code], status: ["NOT_STARTED", "IN_PROGRESS"], deadlineFrom: asOf, deadlineTo: soonUntil, sort: "deadline", dir: "asc", size: LIST_ROWS };
  const [agency, classes, overdue, soon, changes] = await Promise.all([
    getAgencyFigures(basis, asOf, view.programme.id, code),
    getClassCounts(basis, asOf, code),
    listTasks(basis, asOf, overdueQuery),
    listTasks(basis, asOf, soonQuery),
    listRecentChanges({ agency: code, page: 1, size: LIST_ROWS }),
  ]);
  if (!agency) return null;
  const name = locale === "vi" ? agency.name : agency.nameEn;
  const taskLink = (row: TaskListRow) => <a href={viewHref(`/tasks/${encodeURIComponent(row.code)}`, view.ref)} className="task-code">{row.code}</a>;
  const tasksList = (rows: TaskListRow[], testId: string, extra: (row: TaskListRow) => string) =>
    rows.length === 0 ? (
      <p className="empty" data-testid={`${testId}-none`}>{t("agencyHome.none")}</p>
    ) : (
      <ul className="plain-list" data-testid={testId}>
        {rows.map((row) => (
          <li key={row.taskId}>
            {taskLink(row)} {row.title} <span className="muted">({extra(row)})</span>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="panel agency-home" aria-labelledby="agency-home" data-testid="agency-home">
      <h2 id="agency-home">
        {t("agencyHome.title")}: <a href={viewHref(`/agencies/${code}`, view.ref)}>{name}</a>
      </h2>
      <p className="lead" data-testid="agency-home-rate">
        {t("agencyHome.rate", { completed: formatNumber(agency.completed, locale), assigned: formatNumber(agency.assigned, locale), rate: formatPercentOrDash(completionRate(agency.completed, agency.assigned).ratio, locale) })}
      </p>
      <div className="two-columns cards">
        <section aria-labelledby="agency-home-classes">
          <h3 id="agency-home-classes">{t("overview.byClass")}</h3>
          <DataTable
            testId="agency-home-classes"
            caption={t("overview.byClass")}
            locale={locale}
            rows={TASK_CLASSES.filter((c) => classes[c] > 0)}
            rowKey={(c) => c}
            empty={t("agencyHome.none")}
            columns={[
              { key: "class", header: t("columns.class"), kind: "head", value: (c) => t(`taskClass.${c}`) },
              { key: "tasks", header: t("columns.tasks"), className: "num", cell: (c) => <a href={tasksHref(view.ref, { agency: [code], taskClass: [c] })}>{formatNumber(classes[c], locale)}</a> },
            ]}
          />
        </section>
        <div>
          <section aria-labelledby="agency-home-overdue">
            <h3 id="agency-home-overdue">
              {t("agencyHome.overdue")} <a className="count-badge" aria-label={t("agencyHome.listLink", { count: overdue.total })} href={tasksHref(view.ref, { agency: [code], overdue: true, sort: "daysOverdue", dir: "desc" })}>{formatNumber(overdue.total, locale)}</a>
            </h3>
            {tasksList(overdue.rows, "agency-home-overdue", (row) => t("agencyHome.daysOverdue", { days: row.daysOverdue }))}
          </section>
          <section aria-labelledby="agency-home-soon">
            <h3 id="agency-home-soon">
              {t("agencyHome.dueSoon", { days: DUE_SOON_DAYS })}{" "}
              <a className="count-badge" aria-label={t("agencyHome.listLink", { count: soon.total })} href={tasksHref(view.ref, { agency: [code], status: ["NOT_STARTED", "IN_PROGRESS"], deadlineFrom: asOf, deadlineTo: soonUntil, sort: "deadline" })}>{formatNumber(soon.total, locale)}</a>
            </h3>
            {tasksList(soon.rows, "agency-home-soon", (row) => t("agencyHome.dueOn", { date: row.deadline ? formatDate(row.deadline, locale) : "—" }))}
          </section>
        </div>
      </div>
      <section aria-labelledby="agency-home-changes">
        <h3 id="agency-home-changes">{t("agencyHome.changes")}</h3>
        {changes.rows.length === 0 ? (
          <p className="empty">{t("agencyHome.none")}</p>
        ) : (
          <ul className="plain-list" data-testid="agency-home-changes">
            {changes.rows.map((change) => (
              <li key={change.id}>
                <a href={`/tasks/${encodeURIComponent(change.taskCode)}`} className="task-code">{change.taskCode}</a>{" "}
                {change.fromStatus ? `${t(`status.${change.fromStatus}`)} → ` : ""}
                {t(`status.${change.toStatus}`)}{" "}
                <span className="muted">({t("task.recorded", { at: formatDateTime(change.changedAt, locale), by: change.by ?? t("task.bySystem") })})</span>
              </li>
            ))}
          </ul>
        )}
        <p><a href={`/changes?agency=${code}`}>{t("agencyHome.allChanges")}</a></p>
      </section>
    </section>
  );
}
