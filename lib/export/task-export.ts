import ExcelJS from "exceljs";
import type { TaskListRow } from "@/lib/data/task-list";
import type { IsoDate } from "@/lib/domain/dates";
import { csvDocument } from "./csv";

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

const COLUMNS = ["code", "title", "agency", "agencyKind", "deadline", "status", "class", "completedOn", "daysOverdue", "lastUpdate"] as const;

function cells(row: TaskListRow, labels: ExportLabels) {
  return {
    code: row.code,
    title: row.title,
    agency: row.agencyName,
    agencyKind: labels.agencyKind(row.agencyKind),
    deadline: row.deadline ?? row.deadlineText ?? "",
    status: labels.status(row.status),
    class: labels.taskClass(row.taskClass),
    completedOn: row.completedOn ?? "",
    daysOverdue: row.daysOverdue,
    lastUpdate: row.lastUpdate ?? "",
  };
}

/** The filtered tasks as CSV (see csvDocument: UTF-8 with a byte-order mark, ISO dates). */
export function tasksToCsv(rows: TaskListRow[], labels: ExportLabels): string {
  return csvDocument(
    COLUMNS.map((column) => labels.headers[column]),
    rows.map((row) => {
      const c = cells(row, labels);
      return COLUMNS.map((column) => c[column]);
    }),
  );
}

// A calendar day as an Excel date: midnight UTC, which ExcelJS writes without a zone shift.
export function excelDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** An .xlsx workbook: the filtered tasks with real dates, and a sheet saying what they are as of. */
export async function tasksToXlsx(rows: TaskListRow[], labels: ExportLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "tracker-36a";
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    header: labels.headers[column],
    key: column,
    width: column === "title" ? 70 : column === "agency" ? 36 : 16,
    style: ["deadline", "completedOn", "lastUpdate"].includes(column) ? { numFmt: "dd/mm/yyyy" } : {},
  }));
  for (const row of rows) {
    const c = cells(row, labels);
    sheet.addRow({
      ...c,
      deadline: row.deadline ? excelDate(row.deadline) : (row.deadlineText ?? null),
      completedOn: row.completedOn ? excelDate(row.completedOn) : null,
      lastUpdate: row.lastUpdate ? excelDate(row.lastUpdate) : null,
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  const info = workbook.addWorksheet(labels.infoSheet);
  info.columns = [{ width: 28 }, { width: 90 }];
  for (const line of labels.info) info.addRow(line);
  info.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
