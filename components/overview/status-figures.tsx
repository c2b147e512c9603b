import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StatusCounts } from "@/lib/data/sql-rules";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { tasksHref, viewHref } from "@/lib/view/href";
import type { ResolvedView } from "@/lib/view/resolve-view";

/** Tasks by status, and the overdue count; each figure opens the tasks behind it. */
export async function StatusFigures({ view, counts, locale }: { view: ResolvedView; counts: StatusCounts; locale: Locale }) {
  const t = await getTranslations();
  const rows = [
    { key: "COMPLETED", value: counts.completed, href: tasksHref(view.ref, { status: ["COMPLETED"] }) },
    { key: "IN_PROGRESS", value: counts.inProgress, href: tasksHref(view.ref, { status: ["IN_PROGRESS"] }) },
    { key: "NOT_STARTED", value: counts.notStarted, href: tasksHref(view.ref, { status: ["NOT_STARTED"] }) },
    { key: "OVERDUE", value: counts.overdue, href: viewHref("/overdue", view.ref) },
    { key: "WITHDRAWN", value: counts.withdrawn, href: tasksHref(view.ref, { status: ["WITHDRAWN"] }) },
  ] as const;
  return (
    <section className="panel breakdown" aria-labelledby="by-status">
      <h2 id="by-status">{t("overview.byStatus")}</h2>
      <ul className="figure-tiles">
        {rows.map((row) => (
          <li key={row.key} className={`tile status-${row.key.toLowerCase()}`}>
            <Link href={row.href} data-testid={`status-${row.key}`}>
              <span className="tile-label">{t(`status.${row.key}`)}</span>
              <span className="tile-value">{formatNumber(row.value, locale)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
