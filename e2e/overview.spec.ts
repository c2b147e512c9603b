import { expect, test } from "@playwright/test";
import { typeDate } from "./support/demo-day";

test.describe("overview", () => {
  test("shows every figure of the latest quarter, each linked to the tasks behind it", async ({ page }) => {
    await page.goto("/?quarter=2017-Q1");
    // The demo lives on a day of its own timeline, said in the header.
    await expect(page.getByTestId("demo-day")).toHaveText("Ngày của bản demo: 10/04/2017");
    await expect(page.getByTestId("as-of")).toContainText("Quý I/2017");
    await expect(page.getByTestId("headline-rate")).toHaveText("34/73 (46,6%)");
    await expect(page.getByTestId("status-IN_PROGRESS")).toContainText("28");
    await expect(page.getByTestId("status-NOT_STARTED")).toContainText("11");
    await expect(page.getByTestId("status-OVERDUE")).toContainText("16");
    await expect(page.getByTestId("status-WITHDRAWN")).toContainText("2");

    const none = page.getByTestId("none-completed");
    await expect(none).toContainText("3/23");
    for (const name of ["Bộ TN&MT", "Bộ Nội vụ", "Thanh tra Chính phủ"]) await expect(none).toContainText(name);

    await expect(page.getByTestId("plans-CENTRAL")).toContainText("29/30");
    await expect(page.getByTestId("plans-CENTRAL")).toContainText("Học viện Chính trị quốc gia Hồ Chí Minh");
    await expect(page.getByTestId("plans-PROVINCE")).toContainText("61/63");
    await expect(page.getByTestId("plans-PROVINCE")).toContainText("Tỉnh Phú Yên");
    await expect(page.getByTestId("plans-PROVINCE")).toContainText("Tỉnh Đắk Lắk");

    await expect(page.getByTestId("class-OVERDUE")).toHaveText("16");
    await expect(page.getByTestId("agency-chart").locator(".bar-stack a").first()).toBeVisible();
    await page.screenshot({ path: "e2e/artifacts/overview-vi.png", fullPage: true });

    await page.getByTestId("status-COMPLETED").click();
    await expect(page).toHaveURL(/\/tasks\?.*status=COMPLETED/);
    await expect(page.getByTestId("result-count")).toHaveText("34 nhiệm vụ");
  });

  test("clicking Bộ Tài chính's in-progress bar opens exactly those three tasks", async ({ page }) => {
    await page.goto("/?quarter=2017-Q1");
    const chart = page.getByTestId("agency-chart");
    const segment = chart.getByRole("link", { name: "Bộ Tài chính: 3 Đang triển khai", exact: true });
    await expect(segment).toHaveText("3");
    // An empty segment is no link: Bộ KH&ĐT completed all four, so it has nothing in progress.
    await expect(chart.getByRole("link", { name: /^Bộ KH&ĐT: \d+ Cơ bản hoàn thành$/ })).toHaveCount(1);
    await expect(chart.getByRole("link", { name: /^Bộ KH&ĐT: \d+ Đang triển khai$/ })).toHaveCount(0);
    await segment.click();
    await expect(page).toHaveURL(/agency=BTC&status=IN_PROGRESS/);
    await expect(page.getByTestId("result-count")).toHaveText("3 nhiệm vụ");
    const rows = page.getByTestId("task-table").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "Bộ Tài chính" })).toHaveCount(3);
    await expect(rows.filter({ hasText: "Đang triển khai" })).toHaveCount(3);
  });

  test("the chart is a table: each agency's bars, counts and rate, every segment a link by keyboard", async ({ page }) => {
    await page.goto("/?quarter=2017-Q1");
    const row = page.getByTestId("agency-table").getByRole("row", { name: /Bộ Tài chính/ });
    await expect(row.getByRole("cell")).toHaveText(["23", "2/5", "40,0%"]);
    await expect(row.getByRole("link", { name: "Bộ Tài chính: 2 Cơ bản hoàn thành" })).toHaveText("2");
    await row.getByRole("link", { name: "Bộ Tài chính: 3 Đang triển khai" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/agency=BTC&status=IN_PROGRESS/);
    await expect(page.getByTestId("result-count")).toHaveText("3 nhiệm vụ");
  });

  test("the trend covers every quarter and the chosen quarter is kept in the address", async ({ page }) => {
    await page.goto("/?quarter=2017-Q1");
    await page.getByText("Xem số liệu dạng bảng").click();
    const trend = page.getByTestId("trend-table");
    await expect(trend.locator("tbody tr")).toHaveCount(6);
    await expect(trend.getByRole("row", { name: /Quý IV\/2016/ }).getByRole("cell")).toHaveText(["31", "75", "41,3%"]);

    await page.getByLabel("Quý", { exact: true }).selectOption("2016-Q4");
    await page.getByRole("button", { name: "Xem" }).first().click();
    await expect(page).toHaveURL(/quarter=2016-Q4/);
    await expect(page.getByTestId("headline-rate")).toHaveText("31/75 (41,3%)");
    await expect(page.getByTestId("headline-comparison")).toContainText("So với Quý III/2016: 24/75 (32,0%)");

    await typeDate(page.locator("main"), "Hoặc tính đến ngày", "2017-02-15");
    await page.getByRole("button", { name: "Xem" }).nth(1).click();
    await expect(page).toHaveURL(/date=2017-02-15/);
    await expect(page.getByTestId("as-of")).toContainText("Số liệu tính đến ngày 15/02/2017");
    await expect(page.getByTestId("headline-comparison")).toContainText("So với Quý IV/2016");
  });

  test("a malformed quarter in the address is ignored with a note, never an error", async ({ page }) => {
    const response = await page.goto("/?quarter=2017-Q9&programme=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("ignored-note")).toContainText("quý");
    await expect(page.getByTestId("ignored-note")).toContainText("chương trình");
    // What an address without a quarter shows: today's figures.
    await expect(page.getByTestId("as-of")).toContainText("Số liệu hiện tại, tính đến hôm nay 10/04/2017");
    await expect(page.getByTestId("headline-rate")).toBeVisible();
  });

  test("reads in English, and prints as a clean page", async ({ page }) => {
    await page.goto("/?quarter=2017-Q1");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Progress overview");
    await expect(page.getByTestId("headline-rate")).toHaveText("34/73 (46.6%)");
    await expect(page.getByRole("heading", { name: "Results by lead agency" })).toBeVisible();
    await expect(page.getByTestId("plans-CENTRAL")).toContainText("Ho Chi Minh National Academy of Politics");
    await page.screenshot({ path: "e2e/artifacts/overview-en.png", fullPage: true });

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("group", { name: /Show the figures/ })).toBeHidden();
    const pdf = await page.pdf({ path: "e2e/artifacts/overview-en.pdf", format: "A4", printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan tiến độ");
  });

  test("fits 360 px and starts with a skip link for keyboards", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/?quarter=2017-Q1");
    await expect(page.getByTestId("headline-rate")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toBeFocused();
    await page.getByRole("button", { name: "Danh mục" }).click();
    await expect(page.getByRole("link", { name: "Tổng quan" })).toHaveAttribute("aria-current", "page");
  });
});
