import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetName, tableToCsv, tableToXlsx, type ExportTable } from "./table-export";

type Row = { agency: string; assigned: number; rate: number | null; due: string };

const table: ExportTable<Row> = {
  sheet: "Cơ quan",
  columns: [
    { header: "Cơ quan", width: 30, value: (row) => row.agency },
    { header: "Tỷ lệ hoàn thành", kind: "percent", value: (row) => row.rate },
    { header: "Được giao", kind: "number", width: 8, value: (row) => row.assigned },
    { header: "Hạn", kind: "date", value: (row) => row.due },
  ],
  rows: [
    { agency: "Bộ Tài chính", assigned: 5, rate: 0.4, due: "2016-06-30" },
    { agency: "Bộ Y tế", assigned: 0, rate: null, due: "2016" },
  ],
  info: { sheet: "Thông tin", lines: [["Số liệu tính đến", "Quý I/2017"]] },
};

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its Buffer parameter against an older @types/node.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe("a list as a workbook", () => {
  it("fits every header, formats rates, counts and days, and keeps words as words", async () => {
    const sheet = (await read(await tableToXlsx(table))).getWorksheet("Cơ quan")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Cơ quan", "Tỷ lệ hoàn thành", "Được giao", "Hạn"]);
    // "Tỷ lệ hoàn thàn" was cut off: each column is at least its header's length and a margin.
    for (let column = 1; column <= 4; column++) expect(sheet.getColumn(column).width!).toBeGreaterThanOrEqual(String(sheet.getRow(1).getCell(column).value).length + 3);
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe(0.4);
    expect(first.getCell(2).numFmt).toBe("0.0%");
    expect(first.getCell(3).numFmt).toBe("#,##0");
    expect((first.getCell(4).value as Date).toISOString().slice(0, 10)).toBe("2016-06-30");
    expect(first.getCell(4).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(4).value).toBe("2016");
  });

  it("prints landscape, one page wide, its header row on every page", async () => {
    const sheet = (await read(await tableToXlsx(table))).getWorksheet("Cơ quan")!;
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1", paperSize: 9 });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("says what it is on a second sheet, and writes the same rows as CSV", async () => {
    const workbook = await read(await tableToXlsx(table));
    expect(workbook.getWorksheet("Thông tin")!.getRow(1).values).toContain("Quý I/2017");
    const lines = tableToCsv(table).slice(1).trim().split("\r\n");
    expect(lines).toEqual(["Cơ quan,Tỷ lệ hoàn thành,Được giao,Hạn", "Bộ Tài chính,0.4,5,2016-06-30", "Bộ Y tế,,0,2016"]);
  });
});

describe("a sheet's name", () => {
  it("is one Excel accepts, whatever the list is called", async () => {
    expect(sheetName("Quý I/2017")).toBe("Quý I-2017");
    expect(sheetName("'[a]*b?c:d\\e'")).toBe("-a--b-c-d-e");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
    const workbook = await read(await tableToXlsx({ ...table, sheet: "Quý I/2017" }));
    expect(workbook.getWorksheet("Quý I-2017")).toBeDefined();
  });
});
