import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AgencyCounts } from "@/lib/data/progress";
import type { Locale } from "@/lib/domain/locale";
import { completionRate, formatNumber } from "@/lib/domain/rate";
import { ASSIGNED_STATUSES } from "@/lib/domain/task-class";
import { tasksHref, viewHref, type ViewRef } from "@/lib/view/href";

const SERIES = [
  { count: "completed", status: "COMPLETED" },
  { count: "inProgress", status: "IN_PROGRESS" },
  { count: "notStarted", status: "NOT_STARTED" },
] as const;

/**
 * Completion by lead agency, highest rate first, as one table whose rows carry their bars: each
 * segment is a link to exactly those tasks, labelled with its count. Plain HTML rather than a chart
 * library, and one element rather than a chart beside a table of the same figures: at national scale
 * the SVG chart's hydration blocked the main thread for 465 ms (Lighthouse 80), and the page carried
 * every link twice.
 */
export async function AgencyChart({ rows, view, title, locale }: { rows: AgencyCounts[]; view: ViewRef; title: string; locale: Locale }) {
  const t = await getTranslations();
  const widest = Math.max(1, ...rows.map((row) => row.assigned));
  const nameOf = (row: AgencyCounts) => (locale === "vi" ? row.shortName : row.nameEn);
  return (
    <figure className="chart bar-chart" aria-label={title} data-testid="agency-chart">
      <DataTable
        testId="agency-table"
        caption={title}
        locale={locale}
        rows={rows}
        rowKey={(row) => row.code}
        empty={t("overview.noTasks")}
        columns={[
          { key: "agency", header: t("columns.agency"), kind: "head", cell: (row) => <a href={viewHref(`/agencies/${row.code}`, view)}>{nameOf(row)}</a> },
          {
            key: "bars",
            header: t("overview.byStatus"),
            className: "stack-cell",
            cell: (row) => (
              <span className="bar-stack" style={{ width: `${(row.assigned / widest) * 100}%` }}>
                {SERIES.map(({ count, status }) => {
                  const value = row[count];
                  // An empty segment is no link: there is nothing behind it to open.
                  if (value === 0) return null;
                  return (
                    <a
                      key={status}
                      href={tasksHref(view, { agency: [row.code], status: [status] })}
                      // Short names: 279 of them at national scale, each sent twice (HTML and payload).
                      className={`seg-${status}`}
                      style={{ flexGrow: value }}
                      aria-label={`${nameOf(row)}: ${formatNumber(value, locale)} ${t(`status.${status}`)}`}
                    >
                      {formatNumber(value, locale)}
                    </a>
                  );
                })}
              </span>
            ),
          },
          {
            key: "assigned",
            header: t("overview.completedOfAssigned"),
            className: "num",
            cell: (row) => (
              <a href={tasksHref(view, { agency: [row.code], status: [...ASSIGNED_STATUSES] })}>
                {formatNumber(row.completed, locale)}/{formatNumber(row.assigned, locale)}
              </a>
            ),
          },
          { key: "rate", header: t("columns.rate"), kind: "percent", value: (row) => completionRate(row.completed, row.assigned).ratio },
        ]}
      />
      <figcaption className="legend">
        {SERIES.map(({ status }) => (
          <span key={status}>
            <i className={`seg-${status}`} aria-hidden="true" /> {t(`status.${status}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
