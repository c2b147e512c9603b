import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signedIn } from "./support/sign-in";

// The indicators page on the demo data (seed 004): services at levels 3–4 against 36a's 100% target for
// the end of 2016, and the UN survey's 89/193 (6th in ASEAN, OSI 0,57) against its top-4 target.

test.describe("e-government indicators", () => {
  test("shows the services and the UN survey against their targets, in Vietnamese", async ({ page }) => {
    await page.goto("/interconnection/indicators");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dịch vụ công trực tuyến và chỉ số Chính phủ điện tử");
    await expect(page.getByTestId("as-of")).toContainText("tính đến hôm nay 10/04/2017");
    await expect(page.getByTestId("services-national-share")).toHaveText("683/1.327 (51,5%)");
    await expect(page.getByTestId("services-target")).toContainText("100% dịch vụ công trực tuyến ở mức độ 3–4 đến ngày 31/12/2016");
    await expect(page.getByTestId("services-target-state")).toHaveText("Không đạt mục tiêu");
    await expect(page.getByTestId("services-at-due")).toContainText("Tại ngày 31/12/2016: 601/1.300 (46,2%); 28/30 cơ quan không đạt, 2 cơ quan đạt.");
    // Lowest share first: none of the Academy of Politics' three services was at level 3 or 4.
    const table = page.getByTestId("services-table");
    await expect(table.locator("tbody tr").first()).toContainText("Học viện CTQG HCM");
    await expect(table.locator("tbody tr").first()).toContainText("0/3 (0,0%)");
    await expect(table.locator('tr[data-agency="BKHDT"]')).toContainText("Đạt mục tiêu");
    await expect(table.locator('tr[data-agency="BTC"]')).toContainText("Không đạt mục tiêu");

    const series = page.getByTestId("series-table");
    await expect(series.locator('tr[data-day="2016-12-31"]')).toContainText("Cuối Quý IV/2016");
    await expect(series.locator('tr[data-day="2016-12-31"]')).toContainText("601/1.300 (46,2%)");

    const survey = page.getByTestId("egdi-table").locator('tr[data-year="2016"]');
    await expect(survey).toContainText("89/193");
    await expect(survey).toContainText("+10 hạng");
    await expect(survey).toContainText("0,57");
    await expect(survey.locator("td").nth(2)).toHaveText("6");
    await expect(page.getByTestId("egdi-target")).toContainText("thuộc nhóm 4 nước dẫn đầu ASEAN đến ngày 31/12/2016");
    await expect(page.getByTestId("egdi-target-state")).toHaveText("Không đạt mục tiêu");
    await expect(page.getByTestId("egdi-asean-chart-target")).toContainText("Mục tiêu: top 4");
    await expect(page.getByTestId("egdi-world-chart").getByRole("link", { name: "Năm 2016: thứ 89" })).toBeVisible();
    await page.screenshot({ path: "e2e/artifacts/indicators-vi.png", fullPage: true });
  });

  test("follows an agency's share to its counts, and the due day's figure to that day's table", async ({ page }) => {
    await page.goto("/interconnection/indicators");
    await page.getByTestId("services-table").locator('tr[data-agency="BTC"]').getByRole("link", { name: "148/185 (80,0%)" }).click();
    await expect(page).toHaveURL(/\/interconnection\/indicators\/BTC\?date=2017-04-10/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bộ Tài chính: dịch vụ công trực tuyến");
    const history = page.getByTestId("agency-history");
    await expect(history.locator("tbody tr")).toHaveCount(6);
    await expect(history.locator('tr[data-due]')).toContainText("140/180 (77,8%)");
    await expect(page.getByTestId("agency-target-state")).toHaveText("Không đạt mục tiêu");

    await page.goto("/interconnection/indicators");
    await page.getByTestId("services-at-due").getByRole("link").click();
    await expect(page).toHaveURL(/date=2016-12-31/);
    await expect(page.getByTestId("as-of")).toContainText("Số liệu tính đến ngày 31/12/2016");
    // The count of 31/03/2017 comes after the day shown.
    await expect(page.getByTestId("services-table").locator('tr[data-agency="BTC"]')).toContainText("140/180 (77,8%)");
    await expect(page.getByTestId("series-table").locator('tr[data-day="2017-03-31"]')).toHaveCount(0);
  });

  test("downloads the agencies' table as it shows it", async ({ page }) => {
    await page.goto("/interconnection/indicators?date=2016-12-31");
    const href = await page.getByTestId("agencies-downloads-csv").getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text()).slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(1 + 30);
    // As the page shows 31/12/2016: the Inspectorate's 0/5 first, then the Academy's 0/3.
    expect(lines[1]).toMatch(/^TTCP,Thanh tra Chính phủ,2016-12-31,2,3,0,0,5,0,Không đạt mục tiêu,0$/);
    const xlsx = await page.request.get((await page.getByTestId("surveys-downloads-xlsx").getAttribute("href"))!);
    expect(xlsx.status()).toBe(200);
  });

  test("reads in English", async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/interconnection/indicators?date=2016-12-31");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online public services and the e-Government index");
    await expect(page.getByTestId("as-of")).toContainText("Figures as of 31/12/2016");
    await expect(page.getByTestId("services-national-share")).toHaveText("601/1,300 (46.2%)");
    await expect(page.getByTestId("services-target-state")).toHaveText("Target missed");
    await expect(page.getByTestId("egdi-table").locator('tr[data-year="2016"]')).toContainText("0.57");
    await expect(page.getByTestId("egdi-target-state")).toHaveText("Target missed");
    await expect(page.getByTestId("egdi-target")).toContainText("2016 survey: 6th in ASEAN.");
    await page.screenshot({ path: "e2e/artifacts/indicators-en.png", fullPage: true });
  });

  test("passes the WCAG 2.1 AA checks, with its forms, in both languages", async ({ page, baseURL }) => {
    for (const locale of ["vi", "en"]) {
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      for (const path of ["/interconnection/indicators", "/interconnection/indicators/BTC"]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`), `${path} (${locale})`).toEqual([]);
      }
    }
  });

  test("shows each form only to those who may use it", async ({ browser }) => {
    const leader = await signedIn(browser, "leader");
    await leader.goto("/interconnection/indicators");
    await expect(leader.getByTestId("services-table")).toBeVisible();
    await expect(leader.getByTestId("indicator-forms")).toHaveCount(0);
    await leader.context().close();

    const editor = await signedIn(browser, "btc");
    await editor.goto("/interconnection/indicators");
    const form = editor.getByTestId("services-form");
    await expect(form).toContainText("Bộ Tài chính");
    await expect(form.getByRole("combobox")).toHaveCount(0);
    await expect(editor.getByTestId("survey-form")).toHaveCount(0);
    await editor.context().close();
  });

  test("an analyst records a count: refused with the reason beside the field, then recorded", async ({ page }) => {
    await page.goto("/interconnection/indicators");
    const form = page.getByTestId("services-form");
    await form.getByLabel("Cơ quan").selectOption({ label: "Bộ TN&MT" });
    for (const [level, value] of [["1", "20"], ["2", "30"], ["3", "15"], ["4", "-7"]]) await form.getByLabel(`Số dịch vụ mức độ ${level}`).fill(value);
    await form.getByRole("button", { name: "Ghi nhận" }).click();
    await expect(form.locator("#services-level4-error")).toHaveText("Số dịch vụ phải là số nguyên không âm, tối đa 100.000.");
    await expect(form.getByLabel("Số dịch vụ mức độ 4")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Số dịch vụ mức độ 4").fill("7");
    await form.getByRole("button", { name: "Ghi nhận" }).click();
    await expect(page.getByTestId("services-outcome")).toHaveText("Đã ghi nhận số dịch vụ của Bộ TN&MT ngày 10/04/2017.");
    const row = page.getByTestId("services-table").locator('tr[data-agency="BTNMT"]');
    await expect(row).toContainText("10/04/2017");
    await expect(row).toContainText("22/72 (30,6%)");
    // Still judged on what was on record on 31/12/2016.
    await expect(row).toContainText("Không đạt mục tiêu");
  });
});
