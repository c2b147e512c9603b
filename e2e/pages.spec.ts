import { expect, test } from "@playwright/test";

test.describe("overdue, agency and task pages", () => {
  test("the overdue view groups the 16 overdue tasks by agency, most overdue first", async ({ page }) => {
    await page.goto("/overdue");
    await expect(page.getByTestId("overdue-summary")).toContainText("16 nhiệm vụ quá hạn");
    const groups = page.getByTestId("overdue-group");
    const counts = (await page.getByTestId("overdue-count").allInnerTexts()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(16);
    await expect(groups.first().getByRole("heading")).toContainText("Bộ Tài chính");
    await expect(groups.first().locator("tbody tr").first()).toContainText("36A-13");
    await expect(groups.first().locator("tbody tr").first()).toContainText("274");
    await groups.first().getByRole("link", { name: "36A-13" }).click();
    await expect(page).toHaveURL(/\/tasks\/36A-13\?/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("Bộ Tài chính's page: 2/5 completed, 3 in progress, its tasks, quarters and action plan", async ({ page }) => {
    await page.goto("/agencies/BTC");
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
    await page.goto("/agencies");
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
