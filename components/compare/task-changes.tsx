import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Comparison, TaskChange } from "@/lib/data/comparison";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";

const GROUPS = ["becameCompleted", "fellOverdue", "added", "withdrawn", "noLongerCompleted"] as const;

/** The tasks behind the change: completed, fallen overdue, added, withdrawn, and no longer completed. */
export async function TaskChanges({ comparison, locale, taskHref }: { comparison: Comparison; locale: Locale; taskHref: (code: string) => string }) {
  const t = await getTranslations("compare");
  const ts = await getTranslations("status");
  const line = (task: TaskChange) => (
    <li key={task.code}>
      <Link href={taskHref(task.code)} className="task-code">{task.code}</Link> {task.title}{" "}
      <span className="muted">
        ({locale === "vi" ? task.agencyShortName : task.agencyNameEn}; {task.fromStatus ? ts(task.fromStatus) : t("notAssigned")} → {ts(task.toStatus)})
      </span>
    </li>
  );
  return (
    <div className="two-columns">
      {GROUPS.map((group) => (
        <section key={group} className="panel" aria-labelledby={`changes-${group}`} data-testid={`changes-${group}`}>
          <h2 id={`changes-${group}`}>
            {t(`groups.${group}`)} <span className="count-badge">{formatNumber(comparison[group].length, locale)}</span>
          </h2>
          {comparison[group].length === 0 ? <p className="empty">{t("none")}</p> : <ul className="plain-list">{comparison[group].map(line)}</ul>}
        </section>
      ))}
    </div>
  );
}
