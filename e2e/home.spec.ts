import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows today's figures against the latest closed quarter, whose record is one click away, in Vietnamese", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    const asOf = page.getByTestId("as-of");
    await expect(asOf).toContainText("Số liệu hiện tại, tính đến hôm nay 10/04/2017");
    await expect(asOf).toContainText("so sánh với số liệu đã chốt của Quý I/2017");
    await expect(page.getByTestId("headline-comparison")).toContainText("So với Quý I/2017:");
    await asOf.getByRole("link", { name: "Xem số liệu đã chốt của Quý I/2017" }).click();
    await expect(page).toHaveURL(/quarter=2017-Q1/);
    await expect(asOf).toContainText("Quý I/2017");
    await expect(asOf).toContainText("Đã khóa sổ");
    await expect(page.getByTestId("headline-rate")).toHaveText("34/73 (46,6%)");
    const comparison = page.getByTestId("headline-comparison");
    await expect(comparison).toContainText("So với Quý IV/2016: 31/75 (41,3%)");
    await expect(comparison).toContainText("+3 nhiệm vụ hoàn thành");
    await expect(comparison).toContainText("+5,2 điểm phần trăm");
    await expect(comparison).toContainText("từ 75 thành 73");
    // The analyst belongs to no agency: no agency block leads the page.
    await expect(page.getByTestId("agency-home")).toHaveCount(0);
    await page.screenshot({ path: "e2e/artifacts/home-vi.png", fullPage: true });
    await asOf.getByRole("link", { name: "Xem số liệu hiện tại" }).click();
    await expect(asOf).toContainText("tính đến hôm nay 10/04/2017");
  });

  test("switches to English and keeps the choice", async ({ page }) => {
    await page.goto("/?quarter=2017-Q1");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("headline-rate")).toHaveText("34/73 (46.6%)");
    await expect(page.getByTestId("headline-comparison")).toContainText("Compared with Q4/2016: 31/75 (41.3%)");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Progress overview");
    await page.screenshot({ path: "e2e/artifacts/home-en.png", fullPage: true });
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan tiến độ");
  });

  test("fits a 360 px wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await expect(page.getByTestId("headline-rate")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("on a 390 px phone the navigation folds behind one button, and tables say they scroll", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?quarter=2017-Q1");
    const header = page.locator(".site-header");
    const folded = (await header.boundingBox())!.height;
    expect(folded).toBeLessThan(170);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link", { name: "Nhiệm vụ", exact: true })).toBeHidden();
    await nav.getByRole("button", { name: "Danh mục" }).click();
    await expect(nav.getByRole("button", { name: "Danh mục" })).toHaveAttribute("aria-expanded", "true");
    await nav.getByRole("link", { name: "Nhiệm vụ", exact: true }).click();
    await expect(page).toHaveURL(/\/tasks/);
    await expect(nav.getByRole("link", { name: "Nhiệm vụ", exact: true })).toBeHidden();
    await expect(page.locator(".scroll-hint").first()).toBeVisible();
  });

  test("an unknown address gives the not-found page", async ({ page }) => {
    const response = await page.goto("/khong-co-trang-nay");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  });
});

test("with no database, the app says what to run instead of failing", async ({ page }) => {
  const response = await page.goto(`http://127.0.0.1:${process.env.E2E_BARE_PORT}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cơ sở dữ liệu chưa sẵn sàng");
  await expect(page.locator("pre")).toContainText("npm run db:migrate");
  await expect(page.locator("body")).not.toContainText(/Error:|at \w+ \(/);
  // Security issue, point 8: anyone may see this page, so it names no path on the server's disk.
  await expect(page.locator("body")).not.toContainText(/does_not_exist|127\.0\.0\.1|postgres|\.tmp\/|\/work\//);
  // …and the API says the same as problem+json, not as an HTML page.
  const api = await page.request.get(`http://127.0.0.1:${process.env.E2E_BARE_PORT}/api/v1/tasks`);
  expect(api.status()).toBe(503);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(await api.json()).toMatchObject({ status: 503, title: "Hệ thống chưa sẵn sàng" });
});
