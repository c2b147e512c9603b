import { expect, test as setup } from "@playwright/test";

// Signs in once as the analyst (who reads everything); the other tests start from this session.
setup("sign in as the analyst", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill("analyst");
  await page.getByLabel("Mật khẩu").fill("Demo@36a");
  await page.locator(".sign-in-form").getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("user-menu")).toContainText("Chuyên viên");
  await page.context().storageState({ path: ".tmp/e2e/analyst.json" });
});
