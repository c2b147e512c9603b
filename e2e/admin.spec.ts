import { expect, test, type Browser } from "@playwright/test";

async function signedIn(browser: Browser, username: string, password = "Demo@36a") {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.locator(".sign-in-form").getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}

test.describe("user management", () => {
  test("only the admin manages users; others see a refusal", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByTestId("forbidden")).toContainText("Chỉ quản trị hệ thống");
    await expect(page.getByTestId("user-list")).toHaveCount(0);
  });

  test("the admin creates an editor, who signs in; a deactivated user loses their session at the next request", async ({ browser }) => {
    const admin = await signedIn(browser, "admin");
    await admin.goto("/admin/users");
    const create = admin.getByTestId("create-user");
    await create.getByLabel("Tên đăng nhập").fill("x");
    await create.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(create.getByTestId("admin-errors")).toContainText("Tên đăng nhập");

    await create.getByLabel("Tên đăng nhập").fill("byt.editor");
    await create.getByLabel("Họ tên").fill("Cán bộ Bộ Y tế");
    await create.getByLabel("Vai trò").selectOption("AGENCY_EDITOR");
    await create.getByLabel("Cơ quan").selectOption("BYT");
    await create.getByLabel("Mật khẩu").fill("YTe2026matkhau");
    await create.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(admin.locator('tr[data-username="byt.editor"]')).toContainText("Bộ Y tế");

    const editor = await signedIn(browser, "byt.editor", "YTe2026matkhau");
    await editor.goto("/tasks");
    await expect(editor.getByTestId("user-menu")).toContainText("BYT");

    const row = admin.locator('tr[data-username="byt.editor"]');
    await row.getByLabel("Đang hoạt động").uncheck();
    await row.getByRole("button", { name: "Lưu" }).click();
    await expect(row).toContainText("đã khóa");

    await editor.goto("/tasks");
    await expect(editor).toHaveURL(/\/sign-in/);
    await admin.context().close();
    await editor.context().close();
  });
});
