import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { TASK_CLASSES, type TaskClass } from "@/lib/domain/task-class";
import { tasksHref, type ViewRef } from "@/lib/view/href";

/** Tasks by class as of the chosen day: a table whose rows carry their own bar, each a link. */
export async function ClassSection({ counts, view, locale }: { counts: Record<TaskClass, number>; view: ViewRef; locale: Locale }) {
  const t = await getTranslations();
  const total = TASK_CLASSES.reduce((sum, c) => sum + counts[c], 0);
  return (
    <section className="panel" aria-labelledby="by-class">
      <h2 id="by-class">{t("overview.byClass")}</h2>
      <DataTable
        testId="class-table"
        className="bar-table"
        caption={t("overview.byClass")}
        locale={locale}
        rows={[...TASK_CLASSES]}
        rowKey={(c) => c}
        rowAttributes={(c) => ({ className: `class-${c.toLowerCase()}` })}
        empty={t("overview.noTasks")}
        columns={[
          { key: "class", header: t("columns.class"), kind: "head", value: (c) => t(`taskClass.${c}`) },
          {
            key: "tasks",
            header: t("columns.tasks"),
            className: "num",
            cell: (c) => <a href={tasksHref(view, { taskClass: [c] })} data-testid={`class-${c}`}>{formatNumber(counts[c], locale)}</a>,
          },
          {
            key: "share",
            header: <span className="visually-hidden">{t("columns.share")}</span>,
            className: "bar-cell",
            headerProps: { className: "bar-cell" },
            cell: (c) => <span className="bar" aria-hidden="true" style={{ width: `${total ? (counts[c] / total) * 100 : 0}%` }} />,
          },
        ]}
      />
    </section>
  );
}
