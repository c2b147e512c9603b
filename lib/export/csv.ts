import { stringify } from "csv-stringify/sync";

// A text cell starting like a formula is shown as text, never run by the spreadsheet (CSV injection).
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV that Excel opens as UTF-8: a byte-order mark first, CRLF line ends, every field quoted when
 * needed. Dates are ISO (YYYY-MM-DD), which Excel reads as dates in every regional setting.
 */
export function csvDocument(header: string[], rows: (string | number)[][]): string {
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: "windows", cast: { string: neutraliseFormula } })}`;
}
