import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The rollout page on the demo data: the record of 15/01/2016 (seed 001) read from the page, and each
// figure followed to exactly the agencies behind it.

const RECORD = "/interconnection?date=2016-01-15";

async function rowsBehind(page: Page, testId: string): Promise<number> {
  await page.getByTestId(testId).click();
  await expect(page).toHaveURL(/\/interconnection\/agencies\?date=2016-01-15&/);
  const total = Number((await page.getByTestId("rollout-rows-total").innerText()).replace(/\D/g, ""));
  let rows = 0;
  for (;;) {
    rows += await page.getByTestId("rollout-rows").locator("tbody tr").count();
    const next = page.getByRole("navigation", { name: /Các trang của danh sách|Pages of the list/ }).getByRole("link", { name: /Trang sau|Next/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForURL(/page=/);
  }
  expect(rows).toBe(total);
  return rows;
}

test.describe("the rollout of document interconnection", () => {
  test("reads the record of 15/01/2016 in Vietnamese, and each figure's agencies are that many", async ({ page }) => {
    await page.goto("/interconnection");
    await expect(page.getByTestId("as-of")).toContainText("tính đến hôm nay 10/04/2017");
    await page.getByTestId("show-record").click();
    await expect(page).toHaveURL(/date=2016-01-15/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Triển khai kết nối hệ thống quản lý văn bản");
    await expect(page.getByTestId("as-of")).toContainText("Số liệu tính đến ngày 15/01/2016");
    await expect(page.getByTestId("rollout-summary")).toHaveText(
      "22/29 bộ, ngành và 63/63 tỉnh, thành phố đã kết nối; 5/29 bộ, ngành và 2/63 tỉnh, thành phố gửi và nhận văn bản; " +
        "10/29 bộ, ngành và 61/63 tỉnh, thành phố gửi, nhận và biết trạng thái xử lý văn bản.",
    );
    await expect(page.getByTestId("rollout-count-central-SEND_RECEIVE")).toHaveText("5/29");
    await expect(page.getByTestId("rollout-count-province-STATUS_FEEDBACK")).toHaveText("61/63");
    for (const [group, figure] of [["department", "774/774"], ["district", "411/411"], ["commune", "1.883/1.883"]]) {
      await expect(page.getByTestId(`rollout-count-${group}-ANY_CONNECTED`)).toHaveText(figure);
      await expect(page.getByTestId(`rollout-units-${group}`)).toHaveText(figure);
    }
    // The grid: one cell per agency but the hub, each a link that names the agency and its stage.
    await expect(page.getByTestId("rollout-grid").getByRole("link")).toHaveCount(92);
    await expect(page.getByRole("link", { name: /^Bộ Tài chính: Gửi, nhận và phản hồi trạng thái từ ngày \d{2}\/\d{2}\/2016$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bộ Quốc phòng: Chưa kết nối" })).toBeVisible();
    await expect(page.getByTestId("rollout-provinces").locator("tbody tr")).toHaveCount(63);
    // A cell leads to its agency's page, which says the same stage on the same day.
    await page.getByRole("link", { name: /^Bộ Tài chính: / }).click();
    await expect(page).toHaveURL(/\/agencies\/BTC\?date=2016-01-15/);
    await expect(page.getByTestId("agency-rollout-stage")).toContainText(/Gửi, nhận và phản hồi trạng thái từ ngày \d{2}\/\d{2}\/2016/);
    await page.goto(RECORD);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
    await page.screenshot({ path: "e2e/artifacts/rollout-vi.png", fullPage: true });

    expect(await rowsBehind(page, "rollout-count-central-SEND_RECEIVE")).toBe(5);
    await expect(page.getByTestId("as-of")).toContainText("Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ · Gửi và nhận văn bản");
    await page.goto(RECORD);
    expect(await rowsBehind(page, "rollout-count-central-NOT_CONNECTED")).toBe(7);
    await page.goto(RECORD);
    // A province's communes, from its row of the sub-units' table.
    await page.getByTestId("rollout-provinces").getByRole("link", { name: /^An Giang: \d+\/\d+ Đơn vị hành chính cấp xã đã kết nối$/ }).click();
    await expect(page.getByTestId("as-of")).toContainText("Đơn vị hành chính cấp xã thuộc An Giang · Đã kết nối");
    await expect(page.getByTestId("rollout-rows").locator("tbody tr").first()).toContainText("VN-44-H");
  });

  test("reads the same record in English, follows a figure to its agencies and downloads them", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto(RECORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rollout of document-system interconnection");
    await expect(page.getByTestId("as-of")).toContainText("Figures as of 15/01/2016");
    await expect(page.getByTestId("rollout-count-central-ANY_CONNECTED")).toHaveText("22/29");
    await expect(page.getByTestId("rollout-count-commune-ANY_CONNECTED")).toHaveText("1,883/1,883");
    await expect(page.getByRole("link", { name: /^Ministry of Finance: Sends, receives and reports status since \d{2}\/\d{2}\/2016$/ })).toBeVisible();
    expect(await rowsBehind(page, "rollout-count-province-SEND_RECEIVE")).toBe(2);
    await expect(page.getByTestId("rollout-rows-total")).toHaveText("2 agencies");
    const csv = await page.request.get("/interconnection/agencies/export?date=2016-01-15&group=province&stage=SEND_RECEIVE&format=csv");
    expect(csv.status()).toBe(200);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(1 + 2);
    const grid = await page.request.get("/interconnection/export?date=2016-01-15&format=csv");
    expect((await grid.text()).trim().split("\r\n")).toHaveLength(1 + 92);

    // 1,883 communes: 75 full pages of 25 and 8 on the 76th.
    await page.goto(RECORD);
    await page.getByTestId("rollout-count-commune-ANY_CONNECTED").click();
    await expect(page.getByTestId("rollout-rows-total")).toHaveText("1,883 agencies");
    await expect(page.getByTestId("rollout-rows").locator("tbody tr")).toHaveCount(25);
    await expect(page.getByRole("navigation", { name: "Pages of the list" })).toContainText("Page 1 of 76");
    await page.goto(`${page.url()}&page=76`);
    await expect(page.getByTestId("rollout-rows").locator("tbody tr")).toHaveCount(8);
  });

  test("lets an analyst record a stage, with the fields' errors said beside them", async ({ page }) => {
    await page.goto("/interconnection");
    await page.getByText("Ghi nhận giai đoạn kết nối").click();
    const form = page.getByTestId("rollout-record");
    await form.getByLabel("Mã cơ quan").fill("VPCP");
    await form.getByRole("button", { name: "Ghi nhận" }).click();
    await expect(form).toContainText("Văn phòng Chính phủ là hệ thống đầu mối, không ghi nhận giai đoạn kết nối.");
    const before = await page.getByTestId("rollout-count-commune-STATUS_FEEDBACK").innerText();
    await form.getByLabel("Mã cơ quan").fill("vn-44-h01-x002");
    await form.getByLabel("Giai đoạn").selectOption("STATUS_FEEDBACK");
    await form.getByRole("button", { name: "Ghi nhận" }).click();
    await expect(page.getByTestId("rollout-record-outcome")).toContainText("Đã ghi nhận: Xã số 2, Gửi, nhận và phản hồi trạng thái, từ ngày 10/04/2017.");
    await expect(page.getByTestId("rollout-count-commune-STATUS_FEEDBACK")).not.toHaveText(before);
  });
});
