import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AgencyCounts } from "@/lib/data/progress";
import type { Locale } from "@/lib/domain/locale";
import { completionRate, formatNumber, formatPercent } from "@/lib/domain/rate";
import { tasksHref, viewHref, type ViewRef } from "@/lib/view/href";
import { AgencyChart, type AgencyBar } from "./agency-chart";

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
          <AgencyChart bars={bars} title={title} />
          <details className="table-alternative">
            <summary>{t("overview.asTable")}</summary>
            <div className="table-scroll">
              <table data-testid="agency-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("columns.agency")}</th>
                    <th scope="col" className="num">{t("status.COMPLETED")}</th>
                    <th scope="col" className="num">{t("status.IN_PROGRESS")}</th>
                    <th scope="col" className="num">{t("status.NOT_STARTED")}</th>
                    <th scope="col" className="num">{t("columns.assigned")}</th>
                    <th scope="col" className="num">{t("columns.rate")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const rate = completionRate(row.completed, row.assigned);
                    return (
                      <tr key={row.code}>
                        <th scope="row">
                          <Link href={viewHref(`/agencies/${row.code}`, view)}>{row.shortName}</Link>
                        </th>
                        <td className="num"><Link href={link(row.code, "COMPLETED")}>{formatNumber(row.completed, locale)}</Link></td>
                        <td className="num"><Link href={link(row.code, "IN_PROGRESS")}>{formatNumber(row.inProgress, locale)}</Link></td>
                        <td className="num"><Link href={link(row.code, "NOT_STARTED")}>{formatNumber(row.notStarted, locale)}</Link></td>
                        <td className="num"><Link href={tasksHref(view, { agency: [row.code], status: ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] })}>{formatNumber(row.assigned, locale)}</Link></td>
                        <td className="num">{rate.ratio === null ? "—" : formatPercent(rate.ratio, locale)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
