import ExcelJS from "exceljs";
import type { TaskListRow } from "@/lib/data/task-list";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";
import type { ReportParagraphs, Translate } from "@/lib/report/report-text";
import { agencyNamer, ratio } from "./report-labels";
import { excelDate, fitHeaders, printable } from "./table-export";

const DATE = "dd/mm/yyyy";
const PERCENT = "0.0%";
const SIGNED = "+0;-0;0";
// A change of rate in percentage points (the row's label says so): 5.2, not "+5.2%", which reads as a relative change.
const SIGNED_POINTS = "+0.0;-0.0;0.0";

// Every rate is a formula over the counts beside it, so that whoever checks the sheet sees how it is
// made; the cached result is what Excel would compute, so viewers that never recalculate show it too.
function rateFormula(completedRef: string, assignedRef: string, completed: number, assigned: number): ExcelJS.CellFormulaValue {
  return { formula: `IF(${assignedRef}=0,"",${completedRef}/${assignedRef})`, result: ratio(completed, assigned) ?? "" };
}

function difference(leftRef: string, rightRef: string, result: number): ExcelJS.CellFormulaValue {
  return { formula: `${leftRef}-${rightRef}`, result };
}

function summarySheet(sheet: ExcelJS.Worksheet, report: QuarterlyReport, text: ReportParagraphs, t: Translate, locale: Locale) {
  sheet.columns = [{ width: 44 }, { width: 22 }];
  const rowOf: Record<string, number> = {};
  const ref = (key: string) => `B${rowOf[key]}`;
  const add = (key: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const row = sheet.addRow([t(`reportDoc.summaryRows.${key}`), value]);
    rowOf[key] = row.number;
    if (numFmt) row.getCell(2).numFmt = numFmt;
  };
  const { counts, previous } = report;
  add("programme", report.programme.code);
  add("quarter", quarterLabel(report.period, locale));
  add("asOf", excelDate(report.asOf), DATE);
  add("state", t(`reportDoc.states.${report.period.state}`));
  add("assigned", counts.assigned);
  add("completed", counts.completed);
  add("rate", rateFormula(ref("completed"), ref("assigned"), counts.completed, counts.assigned), PERCENT);
  if (previous) {
    const before = previous.counts;
    add("previousQuarter", quarterLabel(previous.period, locale));
    add("previousAssigned", before.assigned);
    add("previousCompleted", before.completed);
    add("previousRate", rateFormula(ref("previousCompleted"), ref("previousAssigned"), before.completed, before.assigned), PERCENT);
    add("changeCompleted", difference(ref("completed"), ref("previousCompleted"), counts.completed - before.completed), SIGNED);
    const now = ratio(counts.completed, counts.assigned);
    const then = ratio(before.completed, before.assigned);
    // With either rate undefined there is no change to state, and a formula would only show #VALUE!.
    add("changePoints", now !== null && then !== null ? { formula: `(${ref("rate")}-${ref("previousRate")})*100`, result: (now - then) * 100 } : null, SIGNED_POINTS);
  }
  add("inProgress", counts.inProgress);
  add("notStarted", counts.notStarted);
  add("withdrawn", counts.withdrawn);
  add("overdue", counts.overdue);
  add("agenciesWithTasks", report.agencies.length);
  add("noneCompleted", report.noneCompleted.length);
  const reports = report.reporting.figures.total;
  add("reportsRequired", reports.required);
  add("reportsOnTime", reports.onTime);
  add("reportsLate", reports.late);
  add("reportsMissing", reports.missing);
  add("reportsAccepted", reports.accepted);
  add("reportsAwaiting", reports.awaitingReview);
  sheet.getColumn(1).font = { bold: true };

  sheet.addRow([]);
  sheet.addRow([t("reportDoc.summaryRows.text")]).font = { bold: true };
  const paragraphs = [text.summary, text.denominator, text.noneCompleted, text.overdue, text.plans, text.reporting];
  for (const paragraph of paragraphs.filter((p): p is string => p !== null)) {
    const row = sheet.addRow([paragraph]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).font = { bold: false };
    // Excel does not fit a merged cell's height to its text, so the row is sized for the wrapped lines.
    row.height = Math.ceil(paragraph.length / 70) * 15;
  }
}

const AGENCY_COLUMNS = ["code", "agency", "kind", "assigned", "completed", "inProgress", "notStarted", "overdue", "rate", "previousCompleted", "change"] as const;

function agenciesSheet(sheet: ExcelJS.Worksheet, report: QuarterlyReport, t: Translate, locale: Locale) {
  const withPrevious = report.previous !== null;
  const keys = AGENCY_COLUMNS.filter((k) => withPrevious || (k !== "previousCompleted" && k !== "change"));
  sheet.columns = keys.map((key) => ({ key, header: t(`reportDoc.columns.${key}`), width: key === "agency" ? 40 : key === "kind" ? 26 : 14 }));
  const at = (key: string, row: number) => `${sheet.getColumn(key).letter}${row}`;
  const name = agencyNamer(report, locale);

  for (const a of report.agencies) {
    const row = sheet.addRow({
      code: a.code, agency: name(a.code, a.shortName), kind: t(`agencyKind.${a.kind}`),
      assigned: a.assigned, completed: a.completed, inProgress: a.inProgress, notStarted: a.notStarted, overdue: a.overdue,
      previousCompleted: a.previousCompleted,
    });
    const r = row.number;
    row.getCell("rate").value = rateFormula(at("completed", r), at("assigned", r), a.completed, a.assigned);
    if (withPrevious && a.previousCompleted !== null) {
      row.getCell("change").value = difference(at("completed", r), at("previousCompleted", r), a.completed - a.previousCompleted);
    }
  }

  const first = 2;
  const last = sheet.rowCount;
  const total = sheet.addRow({ code: t("reportDoc.total") });
  const r = total.number;
  const sum = (key: "assigned" | "completed" | "inProgress" | "notStarted" | "overdue" | "previousCompleted", result: number): ExcelJS.CellFormulaValue =>
    ({ formula: `SUM(${at(key, first)}:${at(key, last)})`, result });
  const totalOf = (key: "assigned" | "completed" | "inProgress" | "notStarted" | "overdue") => report.agencies.reduce((s, a) => s + a[key], 0);
  for (const key of ["assigned", "completed", "inProgress", "notStarted", "overdue"] as const) total.getCell(key).value = sum(key, totalOf(key));
  total.getCell("rate").value = rateFormula(at("completed", r), at("assigned", r), totalOf("completed"), totalOf("assigned"));
  // A column total of earlier completions means something only if every agency's earlier figure is known.
  const previous = report.agencies.map((a) => a.previousCompleted);
  if (withPrevious && previous.every((p): p is number => p !== null)) {
    const before = previous.reduce((s, p) => s + p, 0);
    total.getCell("previousCompleted").value = sum("previousCompleted", before);
    total.getCell("change").value = difference(at("completed", r), at("previousCompleted", r), totalOf("completed") - before);
  }
  total.font = { bold: true };

  sheet.getColumn("rate").numFmt = PERCENT;
  if (withPrevious) sheet.getColumn("change").numFmt = SIGNED;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  // The filter stops above the total row, so sorting the agencies never moves the total among them.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: keys.length } };
}

function tasksSheet(sheet: ExcelJS.Worksheet, report: QuarterlyReport, tasks: TaskListRow[], t: Translate, locale: Locale) {
  const columns = [
    ["code", "code", 12], ["title", "task", 70], ["agency", "agency", 30], ["deadline", "deadline", 14],
    ["status", "status", 20], ["class", "class", 26], ["completedOn", "completedOn", 16], ["daysOverdue", "daysOverdue", 14],
  ] as const;
  sheet.columns = columns.map(([key, header, width]) => ({
    key, header: t(`reportDoc.columns.${header}`), width,
    style: key === "deadline" || key === "completedOn" ? { numFmt: DATE } : {},
  }));
  const name = agencyNamer(report, locale);
  for (const row of tasks) {
    sheet.addRow({
      code: row.code,
      title: row.title,
      agency: name(row.agencyCode, row.agencyShortName),
      deadline: row.deadline ? excelDate(row.deadline) : (row.deadlineText ?? null),
      status: t(`status.${row.status}`),
      class: t(`taskClass.${row.taskClass}`),
      completedOn: row.completedOn ? excelDate(row.completedOn) : null,
      daysOverdue: row.daysOverdue,
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * The quarterly report as a workbook: the figures with the formulas behind its rates, the agencies'
 * table with its totals, and the quarter's tasks. Text is written as text cells, which Excel never
 * evaluates, so a title that starts with "=" stays a title.
 */
export async function quarterlyReportToXlsx(report: QuarterlyReport, text: ReportParagraphs, tasks: TaskListRow[], t: Translate, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "tracker-36a";
  const summary = workbook.addWorksheet(t("reportDoc.sheets.summary"));
  const agencies = workbook.addWorksheet(t("reportDoc.sheets.agencies"));
  const list = workbook.addWorksheet(t("reportDoc.sheets.tasks"));
  summarySheet(summary, report, text, t, locale);
  agenciesSheet(agencies, report, t, locale);
  tasksSheet(list, report, tasks, t, locale);
  // The summary is a page of its own (portrait); the two tables print landscape, their headers on every page.
  summary.pageSetup = { ...summary.pageSetup, paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  for (const sheet of [agencies, list]) {
    fitHeaders(sheet);
    printable(sheet);
    sheet.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
