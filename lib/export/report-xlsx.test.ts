import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { periodBasis } from "@/lib/data/periods";
import { exportTasks, type TaskListRow } from "@/lib/data/task-list";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";
import { reportParagraphs } from "@/lib/report/report-text";
import { demoQ1Report, translator } from "@/test/demo-report";
import { quarterlyReportToXlsx } from "./report-xlsx";

const TODAY = "2026-11-25";
let report: QuarterlyReport;
let tasks: TaskListRow[];

const root = (locale: "vi" | "en") => translator(locale);
const words = (locale: "vi" | "en") => translator(locale, "reportText");

async function written(locale: "vi" | "en", rows = tasks): Promise<{ workbook: ExcelJS.Workbook; buffer: Buffer }> {
  const buffer = await quarterlyReportToXlsx(report, reportParagraphs(report, words(locale), locale), rows, root(locale), locale);
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its Buffer parameter against an older @types/node.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { workbook, buffer };
}

const workbookFor = async (locale: "vi" | "en", rows = tasks) => (await written(locale, rows)).workbook;

/**
 * The results cached in the file, as a viewer that never recalculates shows them. Read from the XML,
 * because ExcelJS reads a cached 0 or "" back as no result at all.
 */
function cachedResults(buffer: Buffer, sheetId: number): Map<string, number | string> {
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))[`xl/worksheets/sheet${sheetId}.xml`]);
  const cells = xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g);
  return new Map([...cells].map(([, ref, attributes, value]) => [ref, attributes.includes('t="str"') ? value : Number(value)]));
}

beforeAll(async () => {
  report = await demoQ1Report(TODAY);
  tasks = await exportTasks(periodBasis(report.period, TODAY), report.asOf, {
    agency: [], kind: [], status: [], taskClass: [], overdue: false, sort: "code", dir: "asc",
  });
});

type Value = number | string;

/**
 * Computes the formula shapes the export writes (a-b, a/b, SUM(X1:X9), IF(X=0,"",a/b)) from the sheet's
 * own cells, recursing into referenced formulas rather than trusting their cached results.
 */
function evaluate(sheet: ExcelJS.Worksheet, formula: string): Value {
  const tokens = formula.match(/""|SUM|IF|[A-Z]+\d+|\d+(?:\.\d+)?|[-+*/(),:=]/g) ?? [];
  expect(tokens.join("")).toBe(formula);
  let at = 0;
  const take = (expected?: string): string => {
    const token = tokens[at++] ?? "";
    if (expected !== undefined && token !== expected) throw new Error(`expected ${expected} in ${formula}, got ${token}`);
    return token;
  };
  const cellValue = (ref: string): Value | null => {
    const cell = sheet.getCell(ref);
    if (cell.type === ExcelJS.ValueType.Formula) return evaluate(sheet, cell.formula);
    if (typeof cell.value === "number" || typeof cell.value === "string") return cell.value;
    if (cell.value === null) return null;
    throw new Error(`${ref} holds ${JSON.stringify(cell.value)}`);
  };
  const number = (v: Value | null): number => {
    if (typeof v !== "number") throw new Error(`#VALUE! (${JSON.stringify(v)}) in ${formula}`);
    return v;
  };
  const factor = (): Value => {
    const token = take();
    if (token === '""') return "";
    if (/^\d/.test(token)) return Number(token);
    if (/^[A-Z]+\d+$/.test(token)) return cellValue(token) ?? 0;
    if (token === "(") {
      const inner = expression();
      take(")");
      return inner;
    }
    take("(");
    if (token === "SUM") {
      const [, column, first] = /^([A-Z]+)(\d+)$/.exec(take())!;
      take(":");
      const [, lastColumn, last] = /^([A-Z]+)(\d+)$/.exec(take())!;
      take(")");
      expect(lastColumn).toBe(column);
      let sum = 0;
      for (let row = Number(first); row <= Number(last); row++) {
        const v = cellValue(`${column}${row}`);
        if (typeof v === "number") sum += v; // SUM skips blanks and text, as Excel's does
      }
      return sum;
    }
    if (token !== "IF") throw new Error(`unexpected ${token} in ${formula}`);
    const [left, , right, , then, , otherwise] = [expression(), take("="), expression(), take(","), expression(), take(","), expression(), take(")")];
    return left === right ? then : otherwise;
  };
  const term = (): Value => {
    let value = factor();
    while (tokens[at] === "/" || tokens[at] === "*") value = take() === "/" ? number(value) / number(factor()) : number(value) * number(factor());
    return value;
  };
  function expression(): Value {
    let value = term();
    while (tokens[at] === "-" || tokens[at] === "+") value = take() === "-" ? number(value) - number(term()) : number(value) + number(term());
    return value;
  }
  const value = expression();
  if (at !== tokens.length) throw new Error(`trailing ${tokens.slice(at).join("")} in ${formula}`);
  return value;
}

function formulaCells(sheet: ExcelJS.Worksheet): { ref: string; formula: string }[] {
  const found: { ref: string; formula: string }[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) found.push({ ref: cell.address, formula: cell.formula });
  }));
  return found;
}

const formulaOf = (cell: ExcelJS.Cell) => cell.value as ExcelJS.CellFormulaValue;

function summaryValue(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2);
  });
  if (!found) throw new Error(`no row "${label}"`);
  return found;
}

describe("the quarterly report workbook, Q1/2017 against Q4/2016", () => {
  it("sums up the quarter with counts as numbers and rates as formulas", async () => {
    const sheet = (await workbookFor("vi")).getWorksheet("Tổng hợp")!;
    const row = (key: string) => summaryValue(sheet, translator("vi")(`reportDoc.summaryRows.${key}`));
    expect(row("quarter").value).toBe("Quý I/2017");
    expect((row("asOf").value as Date).toISOString().slice(0, 10)).toBe("2017-03-31");
    expect(row("asOf").numFmt).toBe("dd/mm/yyyy");
    expect(row("assigned").value).toBe(73);
    expect(row("completed").value).toBe(34);
    expect(formulaOf(row("rate")).formula).toMatch(/B\d+\/B\d+/);
    expect(formulaOf(row("rate")).result).toBe(34 / 73);
    expect(row("rate").numFmt).toContain("%");
    expect(row("previousQuarter").value).toBe("Quý IV/2016");
    expect(row("previousAssigned").value).toBe(75);
    expect(row("previousCompleted").value).toBe(31);
    expect(formulaOf(row("changeCompleted")).result).toBe(3);
    // Percentage points, formatted as such: +5.2, not "+5.2%" (a relative change).
    expect(formulaOf(row("changePoints")).result).toBeCloseTo((34 / 73 - 31 / 75) * 100, 10);
    expect(row("changePoints").numFmt).toBe("+0.0;-0.0;0.0");
    expect(row("noneCompleted").value).toBe(3);
    expect(row("agenciesWithTasks").value).toBe(23);
    expect(row("reportsRequired").value).toBe(32);
    expect(row("reportsOnTime").value).toBe(24);
    expect(row("reportsMissing").value).toBe(2);
    const texts: unknown[] = [];
    sheet.eachRow((r) => texts.push(r.getCell(1).value));
    expect(texts).toContain(reportParagraphs(report, words("vi"), "vi").summary);
    expect(texts).toContain("Nội dung báo cáo");
  });

  it("lists every agency with tasks and a total row of SUM formulas", async () => {
    const sheet = (await workbookFor("vi")).getWorksheet("Theo cơ quan")!;
    expect(sheet.getRow(1).values).toContain("Tỷ lệ hoàn thành");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Printed landscape, one page wide, the header on every page; no header cut off.
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, printTitlesRow: "1:1" });
    sheet.getRow(1).eachCell((cell, column) => expect(sheet.getColumn(column).width!, String(cell.value)).toBeGreaterThanOrEqual(Math.min(40, String(cell.value).length + 3)));
    expect(sheet.rowCount).toBe(1 + 23 + 1);
    const btc = sheet.getColumn(1).values.indexOf("BTC");
    const header = sheet.getRow(1).values as unknown[];
    const at = (row: number, label: string) => sheet.getRow(row).getCell(header.indexOf(label));
    expect(at(btc, "Cơ quan").value).toBe("Bộ Tài chính");
    expect(at(btc, "Được giao").value).toBe(5);
    expect(at(btc, "Hoàn thành").value).toBe(2);
    expect(formulaOf(at(btc, "Tỷ lệ hoàn thành")).result).toBe(0.4);
    const total = sheet.rowCount;
    expect(at(total, "Mã").value).toBe("Tổng cộng");
    expect(formulaOf(at(total, "Được giao"))).toMatchObject({ formula: "SUM(D2:D24)", result: 73 });
    expect(formulaOf(at(total, "Hoàn thành"))).toMatchObject({ formula: "SUM(E2:E24)", result: 34 });
    expect(formulaOf(at(total, "Tỷ lệ hoàn thành")).result).toBe(34 / 73);
    expect(formulaOf(at(total, "Hoàn thành kỳ trước")).result).toBe(31);
    expect(formulaOf(at(total, "Tăng/giảm"))).toMatchObject({ formula: "E25-J25", result: 3 });
  });

  it("caches in every formula cell the value its formula computes from the sheet", async () => {
    const { workbook, buffer } = await written("vi");
    let checked = 0;
    workbook.eachSheet((sheet) => {
      const cached = cachedResults(buffer, sheet.id);
      for (const { ref, formula } of formulaCells(sheet)) {
        expect({ ref, value: evaluate(sheet, formula) }).toEqual({ ref, value: cached.get(ref) });
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(23 * 2);
  });

  it("would catch a formula pointing at the wrong cells", async () => {
    const sheet = (await workbookFor("vi")).getWorksheet("Theo cơ quan")!;
    const btc = sheet.getColumn(1).values.indexOf("BTC");
    const { result } = formulaOf(sheet.getCell(`I${btc}`));
    expect(evaluate(sheet, `IF(D${btc}=0,"",E${btc}/D${btc})`)).toBe(result);
    expect(evaluate(sheet, `IF(E${btc}=0,"",D${btc}/E${btc})`)).not.toBe(result);
    expect(evaluate(sheet, `IF(D${btc}=0,"",E${sheet.rowCount}/D${btc})`)).not.toBe(result);
    expect(evaluate(sheet, "SUM(D2:D23)")).not.toBe(73);
  });

  it("lists the quarter's tasks with real dates and labels", async () => {
    const sheet = (await workbookFor("vi")).getWorksheet("Nhiệm vụ")!;
    expect(sheet.rowCount).toBe(1 + tasks.length);
    const row = sheet.getRow(2 + tasks.findIndex((task) => task.code === "36A-13"));
    expect(row.getCell(3).value).toBe("Bộ Tài chính");
    expect((row.getCell(4).value as Date).toISOString().slice(0, 10)).toBe("2016-06-30");
    expect(row.getCell(4).numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(5).value).toBe("Đang triển khai");
    expect(row.getCell(8).value).toBe(274);
  });

  it("keeps a title that starts like a formula as text", async () => {
    const sheet = (await workbookFor("vi", [{ ...tasks[0], title: '=HYPERLINK("http://x")' }])).getWorksheet("Nhiệm vụ")!;
    expect(sheet.getCell("B2").value).toBe('=HYPERLINK("http://x")');
  });

  it("writes the English workbook in English", async () => {
    const workbook = await workbookFor("en");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "By agency", "Tasks"]);
    const agencies = workbook.getWorksheet("By agency")!;
    expect(agencies.getRow(1).values).toContain("Completion rate");
    expect(agencies.getColumn(2).values).toContain("Ministry of Finance");
    expect(summaryValue(workbook.getWorksheet("Summary")!, "Previous quarter").value).toBe("Q4/2016");
  });
});
