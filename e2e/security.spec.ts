import { expect, test } from "@playwright/test";
import { taskState } from "./support/database";

test.describe("security headers and cross-origin requests", () => {
  test("every response carries the security headers, and the app runs under its CSP", async ({ page, request }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The chart is drawn by client code: it ran under the policy.
    await expect(page.getByTestId("agency-chart").locator(".bar-stack a").first()).toBeVisible();
    expect(violations).toEqual([]);

    for (const path of ["/api/v1/openapi.json", "/sign-in"]) {
      const other = await request.get(path);
      expect(other.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(other.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    const html = await (await request.get("/")).text();
    expect(html).not.toMatch(/passwordHash|\$argon2/);
  });

  test("a server action posted from another origin is refused and writes nothing", async ({ browser }) => {
    const context = await browser.newContext({ storageState: ".tmp/e2e/analyst.json" });
    const page = await context.newPage();
    await page.goto("/tasks/36A-09");
    const before = (await taskState("36A-09"));
    // The form's own request, sent as if from another site.
    await page.route("**/tasks/36A-09", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const response = await route.fetch({ headers: { ...route.request().headers(), origin: "https://evil.example" } });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      await route.fulfill({ response });
    });
    const form = page.getByTestId("status-form");
    await form.getByLabel("Ghi chú").fill("Gửi từ trang khác");
    await form.getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect(page.getByTestId("status-saved")).toHaveCount(0);
    await page.waitForTimeout(500);
    expect((await taskState("36A-09"))).toEqual(before);
    await context.close();
  });
});
