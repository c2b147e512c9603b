import { getTranslations } from "next-intl/server";
import { CHANGE_GROUPS, type ChangeGroup, type Comparison, type TaskChange } from "@/lib/data/comparison";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";

/**
 * The tasks behind the change: completed, fallen overdue, added, withdrawn, and no longer completed;
 * each list's count and its first rows, the whole lists in the download.
 */
export async function TaskChanges({ comparison, locale, taskHref, downloadHref }: { comparison: Comparison; locale: Locale; taskHref: (code: string) => string; downloadHref: string }) {
  const t = await getTranslations("compare");
  const ts = await getTranslations("status");
  // What moved: a status, or (for a task fallen overdue) its deadline passing while its status stayed.
  const what = (group: ChangeGroup, task: TaskChange) =>
    group === "fellOverdue" && task.deadline && task.fromStatus === task.toStatus
      ? t("deadlinePassed", { deadline: formatDate(task.deadline, locale), status: ts(task.toStatus) })
      : `${task.fromStatus ? ts(task.fromStatus) : t("notAssigned")} → ${ts(task.toStatus)}`;
  const line = (group: ChangeGroup) => (task: TaskChange) => (
    <li key={task.code}>
      <a href={taskHref(task.code)} className="task-code">{task.code}</a> {task.title}{" "}
      <span className="muted">
        ({locale === "vi" ? task.agencyShortName : task.agencyNameEn}; {what(group, task)})
      </span>
    </li>
  );
  return (
    <div className="two-columns cards">
      {CHANGE_GROUPS.map((group) => (
        <section key={group} className="panel" aria-labelledby={`changes-${group}`} data-testid={`changes-${group}`}>
          <h2 id={`changes-${group}`}>
            {t(`groups.${group}`)} <span className="count-badge">{formatNumber(comparison.totals[group], locale)}</span>
          </h2>
          {comparison[group].length === 0 ? <p className="empty">{t("none")}</p> : <ul className="plain-list">{comparison[group].map(line(group))}</ul>}
          {comparison.totals[group] > comparison[group].length && (
            <p className="more" data-testid="changes-more">
              {t("more", { count: comparison.totals[group] - comparison[group].length })}: <a href={downloadHref}>{t("download")}</a>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
