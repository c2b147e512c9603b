import { expect, test, type Page } from "@playwright/test";

test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.locator(".sign-in-form").getByRole("button", { name: "Đăng nhập" }).click();
}

test.describe("sign-in", () => {
  test("every page asks for a session, and signing in comes back to the page asked for", async ({ page }) => {
    await page.goto("/tasks?agency=BTC");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftasks%3Fagency%3DBTC/);
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toHaveCount(0);
    await signIn(page, "btc", "Demo@36a");
    await expect(page).toHaveURL(/\/tasks\?agency=BTC$/);
    await expect(page.getByTestId("user-menu")).toContainText("Cán bộ cơ quan · BTC");
    await expect(page.getByTestId("result-count")).toHaveText("5 nhiệm vụ");

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  // An account no other test uses: the lock lasts 15 minutes. (That the right password is refused
  // while locked is shown in lib/auth/authenticate.test.ts.)
  test("a wrong password says so, and repeated failures lock the account with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, "thu.khoa", "sai-mat-khau");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    for (let i = 0; i < 4; i++) {
      await signIn(page, "thu.khoa", `sai-${i}`);
      await expect(page.getByTestId("sign-in-error")).toBeVisible();
    }
    await signIn(page, "thu.khoa", "lan-thu-sau");
    await expect(page.getByTestId("sign-in-error")).toContainText("tạm khóa");
    await expect(page.getByTestId("sign-in-error")).toContainText("15 phút");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a forged middleware header does not open a page, an export or a session", async ({ request }) => {
    const forged = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware", cookie: "next-auth.session-token=forged" };
    const page = await request.get("/tasks", { headers: forged, maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toContain("/sign-in");
    const exported = await request.get("/tasks/export?format=csv", { headers: forged });
    expect(exported.status()).toBe(401);
    expect(await exported.text()).not.toContain("36A-");
  });
});
