import type { TaskListRow } from "@/lib/data/task-list";
import { tableToCsv, tableToXlsx, type ExportColumn, type ExportTable } from "./table-export";

/** Column headers and cell labels in the reader's language, given by the caller. */
export type ExportLabels = {
  headers: {
    code: string;
    title: string;
    agency: string;
    agencyKind: string;
    deadline: string;
    status: string;
    class: string;
    completedOn: string;
    daysOverdue: string;
    lastUpdate: string;
  };
  status: (status: string) => string;
  taskClass: (taskClass: string) => string;
  agencyKind: (kind: string) => string;
  sheet: string;
  infoSheet: string;
  info: [string, string][];
};

function table(rows: TaskListRow[], labels: ExportLabels): ExportTable<TaskListRow> {
  const h = labels.headers;
  const columns: ExportColumn<TaskListRow>[] = [
    { header: h.code, width: 10, value: (row) => row.code },
    { header: h.title, width: 60, value: (row) => row.title },
    { header: h.agency, width: 30, value: (row) => row.agencyName },
    { header: h.agencyKind, width: 18, value: (row) => labels.agencyKind(row.agencyKind) },
    // A deadline given only in words ("2016") stays words, in the date column.
    { header: h.deadline, kind: "date", width: 12, value: (row) => row.deadline ?? row.deadlineText ?? null },
    { header: h.status, width: 18, value: (row) => labels.status(row.status) },
    { header: h.class, width: 24, value: (row) => labels.taskClass(row.taskClass) },
    { header: h.completedOn, kind: "date", width: 12, value: (row) => row.completedOn },
    { header: h.daysOverdue, kind: "number", width: 10, value: (row) => row.daysOverdue },
    { header: h.lastUpdate, kind: "date", width: 12, value: (row) => row.lastUpdate },
  ];
  return { sheet: labels.sheet, columns, rows, info: { sheet: labels.infoSheet, lines: labels.info } };
}

/** The filtered tasks as CSV (UTF-8 with a byte-order mark, ISO dates). */
export function tasksToCsv(rows: TaskListRow[], labels: ExportLabels): string {
  return tableToCsv(table(rows, labels));
}

/** An .xlsx workbook: the filtered tasks with real dates, and a sheet saying what they are as of. */
export function tasksToXlsx(rows: TaskListRow[], labels: ExportLabels): Promise<Buffer> {
  return tableToXlsx(table(rows, labels));
}
