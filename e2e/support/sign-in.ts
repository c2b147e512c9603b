import { expect, type Browser, type Page } from "@playwright/test";

/** A fresh browser context signed in as a demo user through the sign-in form, in Vietnamese. */
export async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill("Demo@36a");
  await page.locator(".sign-in-form").getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
  return page;
}
