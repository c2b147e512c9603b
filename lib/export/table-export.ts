import ExcelJS from "exceljs";
import { isIsoDate, type IsoDate } from "@/lib/domain/dates";
import { csvDocument } from "./csv";

/**
 * One column of a list as a person forwards it. "date" cells are days (dd/mm/yyyy in the workbook,
 * ISO in CSV), "percent" a ratio (0.466 shows 46,6% in the reader's spreadsheet), "number" a count.
 */
export type ExportColumn<R> = {
  header: string;
  kind?: "text" | "number" | "percent" | "date";
  /** Width in characters; long text columns wrap within it. */
  width?: number;
  value: (row: R) => string | number | IsoDate | null;
};

export type ExportTable<R> = {
  /** The sheet's name (at most 31 characters, as Excel allows). */
  sheet: string;
  columns: ExportColumn<R>[];
  rows: R[];
  /** What the list is: its programme, as-of, filters and the page's own address, on a second sheet. */
  info: { sheet: string; lines: [string, string][] };
};

const DATE_FORMAT = "dd/mm/yyyy";
const FORMATS = { date: DATE_FORMAT, percent: "0.0%", number: "#,##0", text: "@" } as const;

// A calendar day as an Excel date: midnight UTC, which ExcelJS writes without a zone shift.
export function excelDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A name Excel accepts for a sheet: none of * ? : \\ / [ ], no quote at either end, at most 31 characters ("Quý I/2017" → "Quý I-2017"). */
export function sheetName(text: string): string {
  return text.replace(/[*?:\\/[\]]/g, "-").replace(/^'+|'+$/g, "").slice(0, 31) || "-";
}

/** A sheet that prints as a list should: landscape, one page wide, its header row on every page. */
export function printable(sheet: ExcelJS.Worksheet, { titles = true }: { titles?: boolean } = {}): void {
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(titles ? { printTitlesRow: "1:1" } : {}) };
}

/** No header cut off: each column at least as wide as its first row's text and a margin. */
export function fitHeaders(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).eachCell((cell, column) => {
    const width = Math.min(40, String(cell.value ?? "").length + 3);
    if ((sheet.getColumn(column).width ?? 0) < width) sheet.getColumn(column).width = width;
  });
}

/** The list as CSV (UTF-8 with a byte-order mark, ISO dates, ratios as ratios). */
export function tableToCsv<R>(table: ExportTable<R>): string {
  return csvDocument(
    table.columns.map((column) => column.header),
    table.rows.map((row) => table.columns.map((column) => column.value(row) ?? "")),
  );
}

/**
 * The list as an .xlsx workbook that reads and prints as the page does: headers that fit, real dates
 * and percentages, the header row frozen, filtered and repeated on every printed page, landscape and
 * one page wide.
 */
export async function tableToXlsx<R>(table: ExportTable<R>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "tracker-36a";
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column, index) => ({
    key: String(index),
    width: column.width ?? 14,
    style: { numFmt: FORMATS[column.kind ?? "text"], alignment: { vertical: "top", wrapText: (column.width ?? 14) >= 30 } },
  }));
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === "") return null;
        // A day given only in words ("2016") stays words.
        return column.kind === "date" && isIsoDate(value) ? excelDate(value) : value;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  fitHeaders(sheet);
  printable(sheet);

  const info = workbook.addWorksheet(sheetName(table.info.sheet));
  info.columns = [{ width: 28 }, { width: 90 }];
  for (const line of table.info.lines) info.addRow(line);
  info.getColumn(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type ExportFormat = keyof typeof EXPORT_TYPES;

export function exportFormat(value: string | null): ExportFormat | null {
  return value === "csv" || value === "xlsx" ? value : null;
}
