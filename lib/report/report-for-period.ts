import "server-only";
import type { ResolvedPeriod } from "@/lib/view/resolve-period";
import { exportTasks } from "@/lib/data/task-list";
import { periodBasis } from "@/lib/data/periods";
import type { IsoDate } from "@/lib/domain/dates";
import { buildQuarterlyReport } from "./quarterly-report";

/** The report of a resolved quarter and, for the workbook, every task as of it in code order. */
export async function reportWithTasks(found: ResolvedPeriod, today: IsoDate) {
  const report = await buildQuarterlyReport(found.programme, found.period, found.previous, today);
  const tasks = await exportTasks(periodBasis(found.period, today), report.asOf, {
    agency: [], kind: [], status: [], taskClass: [], overdue: false, sort: "code", dir: "asc",
  });
  return { report, tasks };
}
