import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { StatusForm } from "@/components/tasks/status-form";
import { TaskEditForm } from "@/components/admin/task-forms";
import { canEditTask, canManageTasks, canWithdrawTask } from "@/lib/domain/permissions";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { getTaskDetail } from "@/lib/data/task-detail";
import { daysBetween, formatDate, formatDateTime } from "@/lib/domain/dates";
import { quarterBounds, quarterLabel } from "@/lib/domain/quarter";
import { classifyTask, taskOnDay } from "@/lib/domain/task-class";
import { currentLocale } from "@/lib/i18n/current-locale";
import { tasksHref, viewHref, type ViewRef } from "@/lib/view/href";
import { parseAsOf, type RawParams } from "@/lib/view/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawParams> };

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

// Only web addresses become links; anything else in the evidence field is shown as text.
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export default async function TaskPage({ params, searchParams }: Props) {
  const code = decodeURIComponent((await params).code);
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(`/tasks/${encodeURIComponent(code)}`, raw));
  if (!CODE.test(code)) notFound();
  const [t, locale, task] = await Promise.all([getTranslations(), currentLocale(), getTaskDetail(code)]);
  if (!task) notFound();
  const asOf = parseAsOf(raw).value;
  const back: ViewRef = { programme: task.programme.slug, quarter: asOf.quarter, date: asOf.date };
  // The task as the view the reader came from counts it: on its day, at its quarter's end, or today.
  const today = appToday();
  const viewDay = [asOf.date ?? (asOf.quarter ? quarterBounds(asOf.quarter).endsOn : today), today].sort()[0];
  // A closed quarter's view counts the task as its frozen record has it (the deadline may have moved since).
  const record = !asOf.date && asOf.quarter ? task.periodRecords.find((r) => r.period.year === asOf.quarter!.year && r.period.quarter === asOf.quarter!.quarter) : undefined;
  const onDay = record ? { status: record.status, deadline: record.deadline, completedOn: record.completedOn } : taskOnDay(task.deadline, task.history, viewDay);
  const taskClass = onDay ? classifyTask(onDay, viewDay) : null;
  const agencyName = (a: { shortName: string; nameEn: string }) => (locale === "vi" ? a.shortName : a.nameEn);

  return (
    <ClientMessages namespaces={["statusForm", "status", "withdrawalReason", "task", "taskAdmin"]}>
        <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
          <Link href={tasksHref(back)}>{t("nav.tasks")}</Link> / <span>{task.code}</span>
        </nav>
        <header className="view-heading">
          <p className="eyebrow">
            {task.programme.code} · {task.code}
          </p>
          <h1>{task.title}</h1>
          <p>
            <span className={`status-pill status-${task.status.toLowerCase()}`} data-testid="task-status">
              {t(`status.${task.status}`)}
            </span>
          </p>
          {taskClass && (
            <p className={taskClass === "OVERDUE" ? "warn strong" : undefined} data-testid="task-class">
              {t("task.classOn", { date: formatDate(viewDay, locale) })}{" "}
              {taskClass === "OVERDUE"
                ? t("task.overdueDays", { days: daysBetween(onDay!.deadline!, viewDay) })
                : t(`taskClass.${taskClass}`)}
            </p>
          )}
        </header>

        <section className="panel" aria-labelledby="task-facts">
          <h2 id="task-facts" className="visually-hidden">{t("task.facts")}</h2>
          <dl className="facts">
            <dt>{t("columns.agency")}</dt>
            <dd>
              <Link href={viewHref(`/agencies/${task.leadAgency.code}`, back)}>{locale === "vi" ? task.leadAgency.name : task.leadAgency.nameEn}</Link>
            </dd>
            <dt>{t("task.cooperators")}</dt>
            <dd>
              {task.cooperators.length === 0
                ? "—"
                : task.cooperators.map((c, index) => (
                    <span key={c.agencyId}>
                      {index > 0 && ", "}
                      <Link href={viewHref(`/agencies/${c.agency.code}`, back)}>{agencyName(c.agency)}</Link>
                    </span>
                  ))}
            </dd>
            <dt>{t("task.assignedOn")}</dt>
            <dd>{formatDate(task.assignedOn, locale)}</dd>
            <dt>{t("columns.deadline")}</dt>
            <dd>{task.deadline ? formatDate(task.deadline, locale) : (task.deadlineText ?? "—")}</dd>
            {task.completedOn && (
              <>
                <dt>{t("columns.completedOn")}</dt>
                <dd>{formatDate(task.completedOn, locale)}</dd>
              </>
            )}
            {task.status === "WITHDRAWN" && (
              <>
                <dt>{t("task.withdrawn")}</dt>
                <dd data-testid="task-withdrawn">
                  {task.withdrawnReason ? t(`withdrawalReason.${task.withdrawnReason}`) : "—"}
                  {task.withdrawnOn && ` · ${formatDate(task.withdrawnOn, locale)}`}
                  {task.withdrawnNote && ` · ${task.withdrawnNote}`}
                  {task.mergedInto && (
                    <>
                      {" · "}
                      {t("task.mergedInto")} <Link href={viewHref(`/tasks/${task.mergedInto.code}`, back)}>{task.mergedInto.code}</Link>
                    </>
                  )}
                </dd>
              </>
            )}
            {task.mergedFrom.length > 0 && (
              <>
                <dt>{t("task.mergedFrom")}</dt>
                <dd>
                  {task.mergedFrom.map((m, index) => (
                    <span key={m.code}>
                      {index > 0 && ", "}
                      <Link href={viewHref(`/tasks/${m.code}`, back)}>{m.code}</Link>
                    </span>
                  ))}
                </dd>
              </>
            )}
            {task.description && (
              <>
                <dt>{t("task.description")}</dt>
                <dd className="prewrap">{task.description}</dd>
              </>
            )}
          </dl>
        </section>

        {canEditTask(user, task) && (task.status !== "WITHDRAWN" || canWithdrawTask(user)) && (
          <section className="panel" aria-labelledby="task-update">
            <h2 id="task-update">{t("statusForm.title")}</h2>
            <StatusForm
              taskId={task.id}
              version={task.version}
              status={task.status}
              canWithdraw={canWithdrawTask(user)}
              today={today}
              locale={locale}
            />
          </section>
        )}

        {canManageTasks(user) && (
          <section className="panel" aria-labelledby="task-edit">
            <details>
              <summary id="task-edit">{t("taskAdmin.editTitle")}</summary>
              <TaskEditForm
                agencies={await listAgencyOptions({ including: task.leadAgency.code })}
                task={{
                  taskId: task.id,
                  version: task.version,
                  title: task.title,
                  description: task.description,
                  leadAgencyCode: task.leadAgency.code,
                  deadline: task.deadline,
                  deadlineText: task.deadlineText,
                }}
              />
            </details>
          </section>
        )}

        <section className="panel" aria-labelledby="task-history">
          <h2 id="task-history">{t("task.history")}</h2>
          <ol className="timeline" data-testid="task-history">
            {[...task.history].reverse().map((change) => {
              const url = safeUrl(change.evidenceUrl);
              return (
                <li key={change.id}>
                  <p className="timeline-head">
                    <time dateTime={change.effectiveOn}>{formatDate(change.effectiveOn, locale)}</time>{" "}
                    <strong>
                      {change.fromStatus ? `${t(`status.${change.fromStatus}`)} → ` : ""}
                      {t(`status.${change.toStatus}`)}
                    </strong>
                  </p>
                  {change.note && <p className="prewrap">{change.note}</p>}
                  {(change.evidenceNumber || change.evidenceDate || change.evidenceUrl) && (
                    <p className="evidence">
                      {t("task.evidence")}: {change.evidenceNumber ?? "—"}
                      {change.evidenceDate && ` ${t("task.evidenceDated", { date: formatDate(change.evidenceDate, locale) })}`}
                      {url ? (
                        <>
                          {" · "}
                          <a href={url} rel="noopener noreferrer" target="_blank">{t("task.evidenceLink")}</a>
                        </>
                      ) : (
                        change.evidenceUrl && ` · ${change.evidenceUrl}`
                      )}
                    </p>
                  )}
                  <p className="muted small">
                    {t("task.recorded", {
                      at: formatDateTime(change.changedAt, locale),
                      by: change.changedBy?.displayName ?? t("task.bySystem"),
                    })}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>

        {task.periodRecords.length > 0 && (
          <section className="panel" aria-labelledby="task-quarters">
            <h2 id="task-quarters">{t("task.quarters")}</h2>
            <DataTable
              testId="task-quarters"
              caption={t("task.quarters")}
              locale={locale}
              rows={task.periodRecords}
              rowKey={(record) => record.periodId}
              empty={t("task.noQuarters")}
              columns={[
                { key: "quarter", header: t("columns.quarter"), kind: "head", value: (record) => quarterLabel({ year: record.period.year, quarter: record.period.quarter as 1 | 2 | 3 | 4 }, locale) },
                { key: "status", header: t("columns.status"), value: (record) => t(`status.${record.status}`) },
                { key: "agency", header: t("columns.agency"), value: (record) => agencyName(record.leadAgency) },
              ]}
            />
          </section>
        )}
    </ClientMessages>
  );
}
