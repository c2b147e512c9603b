import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
      <table className="bar-table" data-testid="class-table">
        <caption className="visually-hidden">{t("overview.byClass")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.class")}</th>
            <th scope="col" className="num">{t("columns.tasks")}</th>
            <th scope="col" className="bar-cell"><span className="visually-hidden">{t("columns.share")}</span></th>
          </tr>
        </thead>
        <tbody>
          {TASK_CLASSES.map((c) => (
            <tr key={c} className={`class-${c.toLowerCase()}`}>
              <th scope="row">{t(`taskClass.${c}`)}</th>
              <td className="num">
                <Link href={tasksHref(view, { taskClass: [c] })} data-testid={`class-${c}`}>
                  {formatNumber(counts[c], locale)}
                </Link>
              </td>
              <td className="bar-cell" aria-hidden="true">
                <span className="bar" style={{ width: `${total ? (counts[c] / total) * 100 : 0}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
