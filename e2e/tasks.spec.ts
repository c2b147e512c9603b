import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { typeDate } from "./support/demo-day";

const rows = (page: Page) => page.getByTestId("task-table").locator("tbody tr");

test.describe("task table", () => {
  test("filters on the server and keeps the filters in the address", async ({ page }) => {
    await page.goto("/tasks?quarter=2017-Q1");
    await expect(page.getByTestId("result-count")).toHaveText("75 nhiệm vụ");
    await expect(rows(page)).toHaveCount(25);
    await page.screenshot({ path: "e2e/artifacts/tasks-vi.png", fullPage: true });

    const filters = page.getByTestId("task-filters");
    await filters.getByLabel("Cơ quan chủ trì", { exact: true }).selectOption("BTC");
    await filters.getByLabel("Đang triển khai", { exact: true }).check();
    await filters.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/agency=BTC/);
    await expect(page).toHaveURL(/status=IN_PROGRESS/);
    await expect(page.getByTestId("result-count")).toHaveText("3 nhiệm vụ");

    await page.getByTestId("task-filters").getByLabel("Chỉ nhiệm vụ quá hạn").check();
    await page.getByTestId("task-filters").getByRole("button", { name: "Lọc" }).click();
    await expect(page.getByTestId("result-count")).toHaveText("2 nhiệm vụ");
    await page.reload();
    await expect(page.getByTestId("result-count")).toHaveText("2 nhiệm vụ");

    await page.getByRole("link", { name: "Xóa bộ lọc" }).click();
    await expect(page.getByTestId("result-count")).toHaveText("75 nhiệm vụ");
  });

  test("a task's page says its class as of the view's day, with the days overdue the table counts", async ({ page }) => {
    await page.goto("/tasks?quarter=2017-Q1&class=OVERDUE&q=36A-13");
    const row = rows(page).filter({ hasText: "36A-13" });
    const days = (await row.locator("td.col-daysOverdue").textContent())!.trim();
    expect(Number(days.replace(/\./g, ""))).toBeGreaterThan(0);
    await row.getByRole("link", { name: "36A-13" }).click();
    await expect(page.getByTestId("task-class")).toHaveText(`Tính đến ngày 31/03/2017: quá hạn ${days} ngày`);
  });

  test("date fields read and take dd/mm/yyyy whatever the browser's language", async ({ browser }) => {
    // The analyst's saved session, in a browser set to American English (whose native date input shows mm/dd/yyyy).
    const context = await browser.newContext({ storageState: ".tmp/e2e/analyst.json", locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/tasks/36A-13");
    const form = page.getByTestId("status-form");
    const day = form.getByRole("group", { name: "Có hiệu lực từ ngày", exact: true });
    await expect(day).toHaveText("10/04/2017");
    await expect(day.getByRole("spinbutton").first()).toHaveAccessibleName(/ngày|day/i);
    await typeDate(form, "Ngày văn bản", "2017-04-03");
    // The form sends the day as the server reads it.
    await expect(form.locator('input[type="hidden"][name="evidenceDate"]')).toHaveValue("2017-04-03");
    // In English too: dd/mm/yyyy, as every date the application shows.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByTestId("status-form").getByRole("group", { name: "In effect from", exact: true })).toHaveText("10/04/2017");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await context.close();
  });

  test("search ignores Vietnamese diacritics", async ({ page }) => {
    await page.goto("/tasks?quarter=2017-Q1");
    await page.getByLabel("Tìm kiếm").fill("tai chinh");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/q=tai\+chinh/);
    const count = await rows(page).count();
    expect(count).toBeGreaterThanOrEqual(5);
    await expect(rows(page).filter({ hasText: "Bộ Tài chính" })).toHaveCount(5);
    for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/tài chính/i);
  });

  test("sorts, pages and hides columns through the table, all in the address", async ({ page }) => {
    await page.goto("/tasks?quarter=2017-Q1&size=10");
    await expect(page.getByTestId("page-status")).toHaveText("Trang 1/8 · 75 nhiệm vụ");
    await page.getByRole("button", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("page-status")).toHaveText("Trang 2/8 · 75 nhiệm vụ");
    await expect(rows(page).first()).toContainText("36A-11");

    // A number column sorts largest first on the first click, and back again on the second.
    await page.getByRole("columnheader", { name: /Số ngày quá hạn/ }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=daysOverdue&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /Số ngày quá hạn/ })).toHaveAttribute("aria-sort", "descending");
    await expect(rows(page).first()).toContainText("36A-13");
    await expect(rows(page).first()).toContainText("274");
    await page.getByRole("columnheader", { name: /Số ngày quá hạn/ }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=daysOverdue&dir=asc/);
    await expect(page.getByRole("columnheader", { name: /Số ngày quá hạn/ })).toHaveAttribute("aria-sort", "ascending");

    await page.locator("summary", { hasText: "Chọn cột hiển thị" }).click();
    await page.getByRole("checkbox", { name: "Cập nhật gần nhất" }).uncheck();
    await expect(page).toHaveURL(/hide=lastUpdate/);
    await expect(page.getByRole("columnheader", { name: /Cập nhật gần nhất/ })).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: /Thời hạn/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("columnheader", { name: /Cập nhật gần nhất/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/hide=lastUpdate/);
  });

  test("malformed filters in the address are ignored with a note, never a 500", async ({ page }) => {
    const response = await page.goto("/tasks?quarter=2017-Q1&status=DONE&page=-3&from=2017-02-30&sort=%27%3BDROP&agency=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    const note = page.getByTestId("ignored-note");
    for (const name of ["trạng thái", "trang", "thời hạn từ ngày", "sắp xếp", "cơ quan"]) await expect(note).toContainText(name);
    await expect(page.getByTestId("result-count")).toHaveText("75 nhiệm vụ");
    const empty = await page.goto("/tasks?q=kh%C3%B4ng-c%C3%B3-g%C3%AC");
    expect(empty?.status()).toBe(200);
    await expect(page.getByTestId("no-tasks")).toHaveText("Không có nhiệm vụ nào khớp với bộ lọc.");
  });

  test("downloads exactly the filtered rows as CSV and as an Excel workbook", async ({ page }) => {
    await page.goto("/tasks?quarter=2017-Q1&agency=BTC&size=10");
    await expect(page.getByTestId("result-count")).toHaveText("5 nhiệm vụ");

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(csv.suggestedFilename()).toBe("nhiem-vu-36a-2017-Q1.csv");
    const text = fs.readFileSync(await csv.path(), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Mã,Nhiệm vụ,Cơ quan chủ trì,Loại cơ quan,Thời hạn,Trạng thái,Phân loại,Ngày hoàn thành,Số ngày quá hạn,Cập nhật gần nhất");
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).every((line) => line.includes("Bộ Tài chính"))).toBe(true);
    expect(lines[1]).toMatch(/^36A-13,.*,2016-06-30,Đang triển khai,Quá hạn,,274,/);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(xlsx.suggestedFilename()).toBe("nhiem-vu-36a-2017-Q1.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(1).getCell(3).value).toBe("Cơ quan chủ trì");
    expect(sheet.getRow(2).getCell(1).value).toBe("36A-13");
    expect(sheet.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    expect(workbook.getWorksheet("Thông tin")!.getRow(2).getCell(2).value).toBe("Quý I/2017 (31/03/2017)");
  });

  test("reads in English", async ({ page }) => {
    await page.goto("/tasks?quarter=2017-Q1");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tasks");
    await expect(page.getByTestId("result-count")).toHaveText("75 tasks");
    await expect(page.getByRole("columnheader", { name: /Lead agency/ })).toBeVisible();
    await page.screenshot({ path: "e2e/artifacts/tasks-en.png", fullPage: true });
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danh sách nhiệm vụ");
  });
});
