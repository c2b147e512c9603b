import { expect, test, type Browser } from "@playwright/test";
import { demoToday, typeDate } from "./support/demo-day";

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
  test("only the admin manages users and tasks; others see a refusal", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByTestId("forbidden")).toContainText("Chỉ quản trị hệ thống");
    await expect(page.getByTestId("user-list")).toHaveCount(0);
    await page.goto("/admin/tasks/new");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await page.goto("/tasks/36A-13");
    await expect(page.getByTestId("task-edit")).toHaveCount(0);
  });

  test("the admin adds a task and edits it; the list finds it without diacritics", async ({ browser }) => {
    const admin = await signedIn(browser, "admin");
    await admin.goto("/tasks");
    await admin.getByRole("link", { name: "+ Thêm nhiệm vụ" }).click();
    const create = admin.getByTestId("task-create");
    await create.getByLabel("Mã nhiệm vụ").fill("36A-77");
    await create.getByLabel("Tên nhiệm vụ").fill("Thí điểm chữ ký số trên điện thoại");
    await create.getByLabel("Cơ quan chủ trì").selectOption("BTTTT");
    await create.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await expect(create.getByTestId("task-admin-errors")).toContainText("Cần thời hạn");
    await typeDate(create, "Thời hạn", "2027-06-30");
    await create.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await expect(create.getByTestId("task-admin-saved")).toContainText("36A-77");

    await admin.goto("/tasks/36A-77");
    await admin.getByText("Sửa thông tin nhiệm vụ").click();
    const edit = admin.getByTestId("task-edit");
    await edit.getByLabel("Tên nhiệm vụ").fill("Thí điểm chữ ký số từ xa trên điện thoại");
    await edit.getByRole("button", { name: "Lưu thông tin" }).click();
    await expect(edit.getByTestId("task-admin-saved")).toBeVisible();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Thí điểm chữ ký số từ xa trên điện thoại");

    await admin.goto(`/tasks?date=${demoToday()}&q=chu+ky+so+tu+xa`);
    await expect(admin.getByTestId("result-count")).toHaveText("1 nhiệm vụ");

    await admin.goto("/agencies/UBDT");
    await admin.getByText("Sửa thông tin cơ quan").click();
    const agency = admin.getByTestId("agency-edit");
    await agency.getByLabel("Tên đầy đủ").fill("");
    await agency.getByRole("button", { name: "Lưu" }).click();
    await expect(agency.getByRole("alert")).toContainText("Cần nhập tên.");
    await agency.getByLabel("Tên đầy đủ").fill("Ủy ban Dân tộc (tên mới)");
    await agency.getByRole("button", { name: "Lưu" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Ủy ban Dân tộc (tên mới)");
    await admin.context().close();
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
