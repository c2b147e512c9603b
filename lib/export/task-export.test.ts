import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportTasks, type TaskListRow } from "@/lib/data/task-list";
import { parseTaskQuery } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { resetDemoData } from "@/prisma/demo/reset";
import { tasksToCsv, tasksToXlsx, type ExportLabels } from "./task-export";

const labels: ExportLabels = {
  headers: {
    code: "Mã", title: "Nhiệm vụ", agency: "Cơ quan chủ trì", agencyKind: "Loại cơ quan", deadline: "Thời hạn",
    status: "Trạng thái", class: "Phân loại", completedOn: "Ngày hoàn thành", daysOverdue: "Số ngày quá hạn", lastUpdate: "Cập nhật gần nhất",
  },
  status: (s) => `status:${s}`,
  taskClass: (c) => `class:${c}`,
  agencyKind: (k) => `kind:${k}`,
  sheet: "Nhiệm vụ",
  infoSheet: "Thông tin",
  info: [["Số liệu tính đến", "Quý I/2017"]],
};

let rows: TaskListRow[];

beforeAll(async () => {
  await resetDemoData(db());
  const view = (await resolveView({ quarter: "2017-Q1" }, "2026-11-23"))!;
  rows = await exportTasks(view.current.basis, view.current.asOf, parseTaskQuery({ agency: "BTC" }).value);
});

describe("task exports", () => {
  it("writes CSV that Excel opens as UTF-8, with Vietnamese headers and one line per row", () => {
    const csv = tasksToCsv(rows, labels);
    expect(csv.startsWith("\uFEFFMã,Nhiệm vụ,Cơ quan chủ trì,")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toContain("36A-13");
    expect(lines[1]).toContain("Bộ Tài chính");
    expect(lines[1]).toContain("2016-06-30");
    expect(lines[1]).toContain("status:IN_PROGRESS");
  });

  it("shows a cell that starts like a formula as text", () => {
    const csv = tasksToCsv([{ ...rows[0], title: "=HYPERLINK(\"http://x\")" }], labels);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it("writes a workbook with real dates, read back the same way", async () => {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS types its Buffer parameter against an older @types/node.
    await workbook.xlsx.load((await tasksToXlsx(rows, labels)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    expect(sheet.getRow(1).values).toContain("Cơ quan chủ trì");
    expect(sheet.rowCount).toBe(6);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe("36A-13");
    const deadline = first.getCell(5);
    expect(deadline.value).toBeInstanceOf(Date);
    expect((deadline.value as Date).toISOString().slice(0, 10)).toBe("2016-06-30");
    expect(deadline.numFmt).toBe("dd/mm/yyyy");
    expect(first.getCell(9).value).toBe(274);
    expect(workbook.getWorksheet("Thông tin")!.getRow(1).values).toContain("Quý I/2017");
  });
});
