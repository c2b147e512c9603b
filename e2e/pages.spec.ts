import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";

test.describe("overdue, agency and task pages", () => {
  test("the overdue view groups the 16 overdue tasks by agency, the longest overdue first", async ({ page }) => {
    await page.goto("/overdue?quarter=2017-Q1");
    await expect(page.getByTestId("overdue-summary")).toContainText("16 nhiệm vụ quá hạn");
    const groups = page.getByTestId("overdue-group");
    // Ten agencies a page: the counts of every page add up to the summary's.
    const counts: number[] = [];
    for (;;) {
      counts.push(...(await page.getByTestId("overdue-count").allInnerTexts()).map(Number));
      const next = page.getByRole("link", { name: "Trang sau" });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(/page=/);
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(16);
    await page.goto("/overdue?quarter=2017-Q1");
    // The longest overdue first (274 days; of agencies with tasks as old, the one with more overdue first).
    await expect(groups.first().locator("tbody tr").first()).toContainText("274");
    const finance = groups.filter({ has: page.getByRole("heading", { name: /Bộ Tài chính/ }) });
    await expect(finance.locator("tbody tr").first()).toContainText("36A-13");
    await expect(finance.locator("tbody tr").first()).toContainText("274");
    await finance.getByRole("link", { name: "36A-13" }).click();
    await expect(page).toHaveURL(/\/tasks\/36A-13\?/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the overdue view pages by agency", async ({ page }) => {
    await page.goto("/overdue?date=2018-06-30");
    const groups = page.getByTestId("overdue-group");
    await expect(groups).toHaveCount(10);
    const pager = page.getByRole("navigation", { name: "Các trang cơ quan có nhiệm vụ quá hạn" });
    await expect(pager).toContainText("Trang 1/");
    await pager.getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pager).toContainText("Trang 2/");
  });

  test("the comparison's lists download in full as CSV", async ({ page }) => {
    await page.goto("/compare?programme=36a&from=2016-Q4&to=2017-Q1");
    await expect(page.getByTestId("changes-fellOverdue")).toContainText("14");
    // What moved for a task fallen overdue is its deadline, not its status; and the overdue row's +13 is explained.
    const fell = page.getByTestId("changes-fellOverdue").locator("li");
    await expect(fell.first()).toContainText(/đã quá hạn \d{2}\/\d{2}\/\d{4}, vẫn (Đang triển khai|Chưa triển khai)/);
    await expect(page.getByTestId("changes-fellOverdue")).not.toContainText("Đang triển khai → Đang triển khai");
    await expect(page.getByTestId("compare-overdue")).toHaveText(
      "Quá hạn: 3 → 16 nhiệm vụ: 14 nhiệm vụ mới quá hạn (danh sách dưới đây), 1 nhiệm vụ thôi quá hạn (đã hoàn thành, được rút hoặc được điều chỉnh thời hạn).",
    );
    // Each agency's change in rate, beside its change in completed tasks.
    await expect(page.getByTestId("compare-agencies").getByRole("columnheader", { name: "Tăng/giảm tỷ lệ (điểm %)" })).toBeVisible();
    const csv = await page.request.get("/compare/export?programme=36a&from=2016-Q4&to=2017-Q1");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    // A header, 3 completed, 14 fallen overdue, 2 withdrawn.
    expect(lines).toHaveLength(1 + 3 + 14 + 2);
    expect(lines.filter((line) => line.includes("36A-74"))).toHaveLength(1);
  });

  test("each list a person forwards downloads as .xlsx and .csv of exactly what it shows", async ({ page }) => {
    const csvLines = async (target: Page) => {
      const href = await target.getByTestId("list-downloads-csv").getAttribute("href");
      const response = await target.request.get(href!);
      expect(response.headers()["content-type"]).toContain("text/csv");
      const lines = (await response.text()).slice(1).trim().split("\r\n");
      // The workbook holds the same rows (a name Excel accepts for its sheet, whatever the list is called).
      const workbook = new ExcelJS.Workbook();
      const xlsx = await target.request.get((await target.getByTestId("list-downloads-xlsx").getAttribute("href"))!);
      expect(xlsx.status()).toBe(200);
      await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
      expect(workbook.worksheets[0].rowCount).toBe(lines.length);
      return lines;
    };
    // The overdue view pages by agency; its download has every task, as a printable workbook.
    await page.goto("/overdue?quarter=2017-Q1");
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("list-downloads-xlsx").click()]);
    expect(xlsx.suggestedFilename()).toBe("nhiem-vu-qua-han-36a-2017-Q1.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(1 + 16);
    expect(sheet.getRow(2).getCell(6).value).toBe(274);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:1" });
    expect(await csvLines(page)).toHaveLength(1 + 16);

    await page.goto("/agencies?quarter=2017-Q1&kind=PROVINCE");
    expect(await csvLines(page)).toHaveLength(1 + 63);

    await page.goto("/?quarter=2017-Q1");
    const overview = await csvLines(page);
    expect(overview).toHaveLength(1 + 23);
    expect(overview.find((line) => line.startsWith("BTC,"))).toBe("BTC,Bộ Tài chính,2,3,0,5,0.4");

    await page.goto("/reporting/2017-Q1?programme=36a");
    const asked = await page.getByTestId("period-reports").locator("tbody tr").count();
    expect(await csvLines(page)).toHaveLength(1 + asked);

    await page.goto("/compare?programme=36a&from=2016-Q4&to=2017-Q1");
    expect(await csvLines(page)).toHaveLength(1 + 3 + 14 + 2);
    await expect(page.getByTestId("list-downloads").getByRole("button", { name: "In trang này" })).toBeVisible();
  });

  test("Bộ Tài chính's page: 2/5 completed, 3 in progress, its tasks, quarters and action plan", async ({ page }) => {
    await page.goto("/agencies/BTC?quarter=2017-Q1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bộ Tài chính");
    await expect(page.getByTestId("agency-rate")).toHaveText("2/5 (40,0%)");
    await expect(page.getByTestId("agency-in-progress")).toContainText("3");
    await expect(page.getByTestId("agency-tasks").locator("tbody tr")).toHaveCount(5);
    await expect(page.getByTestId("agency-history").locator("tbody tr")).toHaveCount(6);
    await expect(page.getByTestId("agency-plan")).toContainText("Đã ban hành");
    await page.getByTestId("agency-in-progress").click();
    await expect(page.getByTestId("result-count")).toHaveText("3 nhiệm vụ");
  });

  test("the agency list sorts by rate and by name, and filters by kind", async ({ page }) => {
    await page.goto("/agencies?quarter=2017-Q1");
    await expect(page.getByTestId("agency-count")).toHaveText("93 cơ quan");
    const first = page.getByTestId("agency-list").locator("tbody tr").first();
    await expect(first).toContainText("Bộ KH&ĐT");
    await expect(first).toContainText("100,0%");
    await page.getByRole("columnheader", { name: /Tỷ lệ hoàn thành/ }).getByRole("link").click();
    await expect(page).toHaveURL(/sort=rate&dir=asc/);
    await expect(first).toContainText("0,0%");
    await page.getByRole("link", { name: "Tỉnh, thành phố", exact: true }).click();
    await expect(page.getByTestId("agency-count")).toHaveText("63 cơ quan");
  });

  test("a task's page shows its full history with the evidence", async ({ page }) => {
    await page.goto("/tasks/36A-04");
    await expect(page.getByTestId("task-history")).toContainText("6118/VPCP-KGVX");
    await expect(page.getByTestId("task-history")).toContainText("22/07/2016");
    await expect(page.getByTestId("task-status")).toHaveText("Cơ bản hoàn thành");
    await page.goto("/tasks/36A-74");
    await expect(page.getByTestId("task-withdrawn")).toContainText("36A-23");
  });

  test("unknown agency and task codes give the 404 page", async ({ page }) => {
    for (const path of ["/agencies/KHONG-CO", "/tasks/36A-99", "/tasks/%3Cscript%3E"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    }
  });
});
