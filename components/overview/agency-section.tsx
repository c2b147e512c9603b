import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AgencyCounts } from "@/lib/data/progress";
import type { Locale } from "@/lib/domain/locale";
import { completionRate, formatNumber } from "@/lib/domain/rate";
import { ASSIGNED_STATUSES } from "@/lib/domain/task-class";
import { tasksHref, viewHref, type ViewRef } from "@/lib/view/href";
import { AgencyChart, type AgencyBar } from "./agency-chart";
import { ClientMessages } from "@/components/i18n/client-messages";

const COUNT_OF = { COMPLETED: "completed", IN_PROGRESS: "inProgress", NOT_STARTED: "notStarted" } as const;

/** Completion by agency: the chart, and the same figures as a table of links for keyboards and screen readers. */
export async function AgencySection({ rows, view, locale }: { rows: AgencyCounts[]; view: ViewRef; locale: Locale }) {
  const t = await getTranslations();
  const link = (code: string, status: "COMPLETED" | "IN_PROGRESS" | "NOT_STARTED") => tasksHref(view, { agency: [code], status: [status] });
  const bars: AgencyBar[] = rows.map((row) => ({
    code: row.code,
    label: row.shortName,
    completed: row.completed,
    inProgress: row.inProgress,
    notStarted: row.notStarted,
    fraction: `${formatNumber(row.completed, locale)}/${formatNumber(row.assigned, locale)}`,
    hrefs: { completed: link(row.code, "COMPLETED"), inProgress: link(row.code, "IN_PROGRESS"), notStarted: link(row.code, "NOT_STARTED") },
  }));
  const title = t("overview.byAgency");
  return (
    <section className="panel" aria-labelledby="by-agency">
      <h2 id="by-agency">{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t("overview.noTasks")}</p>
      ) : (
        <>
          <ClientMessages namespaces={["status"]}>
            <AgencyChart bars={bars} title={title} />
          </ClientMessages>
          <details className="table-alternative">
            <summary>{t("overview.asTable")}</summary>
            <DataTable
              testId="agency-table"
              caption={title}
              locale={locale}
              rows={rows}
              rowKey={(row) => row.code}
              empty={t("overview.noTasks")}
              columns={[
                { key: "agency", header: t("columns.agency"), kind: "head", cell: (row) => <a href={viewHref(`/agencies/${row.code}`, view)}>{row.shortName}</a> },
                ...(["COMPLETED", "IN_PROGRESS", "NOT_STARTED"] as const).map((status) => ({
                  key: status,
                  header: t(`status.${status}`),
                  className: "num",
                  cell: (row: AgencyCounts) => <a href={link(row.code, status)}>{formatNumber(row[COUNT_OF[status]], locale)}</a>,
                })),
                {
                  key: "assigned",
                  header: t("columns.assigned"),
                  className: "num",
                  cell: (row) => <a href={tasksHref(view, { agency: [row.code], status: [...ASSIGNED_STATUSES] })}>{formatNumber(row.assigned, locale)}</a>,
                },
                { key: "rate", header: t("columns.rate"), kind: "percent", value: (row) => completionRate(row.completed, row.assigned).ratio },
              ]}
            />
          </details>
        </>
      )}
    </section>
  );
}
