import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { rows, tokenFor } from "./support/database";
import { signedIn } from "./support/sign-in";

// The flows page on the demo's axis (seed 002: 12/3–21/7/2019), then the ingest that feeds it. Serial:
// the ingest's documents, dated today, widen the period the page shows by default.
test.describe.configure({ mode: "serial" });

const PERIOD = "from=2019-03-12&to=2019-07-21";

test.describe("document flows over the national axis", () => {
  test("reads the record in Vietnamese and follows a figure to its rows", async ({ page }) => {
    await page.goto("/interconnection");
    await page.getByRole("navigation", { name: "Các phần của liên thông văn bản và chỉ số" }).getByRole("link", { name: "Luồng văn bản" }).click();
    await expect(page).toHaveURL(/\/interconnection\/flows/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luồng văn bản trên Trục liên thông văn bản quốc gia");
    await expect(page.getByTestId("flow-period")).toHaveText("Từ 12/03/2019 đến 19/07/2019 (toàn bộ dữ liệu trục đã ghi nhận)");
    await expect(page.getByTestId("flow-sent")).toHaveText("68.257");
    await expect(page.getByTestId("flow-received")).toHaveText("203.553");

    const times = page.getByTestId("flow-state-times").locator("tbody tr");
    await expect(times).toHaveCount(5);
    await expect(times.first()).toContainText("02 · Từ chối");
    await expect(times.last()).toContainText(/06 · Hoàn thành.*ngày/);
    const table = page.getByTestId("flows-by-agency");
    const row = (name: string) => table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    await expect(table.locator("tbody tr").first().getByRole("rowheader")).toHaveText("Thanh tra Chính phủ");
    await expect(row("Thanh tra Chính phủ")).toContainText("0,3%");
    await expect(row("Bộ Quốc phòng")).toContainText("22,0%");
    await expect(row("Bộ NN&PTNT")).toContainText("30,0%");

    // The Inspectorate's signed documents: as many rows as the figure, each signed.
    const signed = row("Thanh tra Chính phủ").locator("td").nth(1);
    const figure = Number((await signed.innerText()).replace(/\./g, ""));
    await signed.getByRole("link").click();
    await expect(page).toHaveURL(/kind=signed/);
    await expect(page.getByTestId("flow-rows-count")).toContainText(`${figure} văn bản`);
    await expect(page.getByTestId("flow-rows").locator("tbody tr")).toHaveCount(figure);
    await expect(page.getByTestId("flow-rows").locator("tbody")).not.toContainText("Không");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("the overview leads to each view of the module", async ({ page }) => {
    await page.goto("/?date=2016-01-15");
    const section = page.getByTestId("overview-interconnection");
    // 15/01/2016 (seed 001): 22 central agencies and 63 provinces of the 92 (VPCP, the hub, aside).
    await expect(section.getByRole("link", { name: /đã kết nối hệ thống quản lý văn bản, đến 15\/01\/2016/ })).toContainText("85/92");
    await section.getByRole("link", { name: /Trục liên thông/ }).click();
    await expect(page).toHaveURL(/\/interconnection\/flows$/);
    await expect(page.getByTestId("flow-sent")).toHaveText("68.257");
  });

  test("lists the stuck documents behind their count, and downloads them", async ({ page }) => {
    await page.goto(`/interconnection/flows?${PERIOD}&stuckDays=30`);
    const count = (await page.getByTestId("flow-stuck").innerText()).trim();
    await page.getByTestId("flow-stuck").getByRole("link").click();
    await expect(page).toHaveURL(/kind=stuck/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Văn bản: Tồn đọng quá 30 ngày trên toàn trục");
    await expect(page.getByTestId("flow-rows-count")).toContainText(`${count} văn bản`);
    await expect(page.getByTestId("flow-rows").locator("tbody tr")).toHaveCount(25);
    const xlsx = await page.request.get((await page.getByTestId("list-downloads-xlsx").getAttribute("href"))!);
    expect(xlsx.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(book.worksheets[0].rowCount - 1).toBe(Number(count.replace(/\./g, "")));
  });

  test("reads in English", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto(`/interconnection/flows?${PERIOD}&agency=BQP`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Document flows over the national document axis");
    await expect(page.getByTestId("flow-period")).toContainText("From 12/03/2019 to 21/07/2019 · Documents of Ministry of National Defence");
    await expect(page.getByTestId("flow-signed")).toContainText("(22.0%)");
    await page.getByTestId("flow-sent").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents: sent by Ministry of National Defence");
    await expect(page.getByTestId("flow-rows").locator("tbody tr")).toHaveCount(25);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("an agency's officer reads their own agency's documents only, whatever the address asks", async ({ browser }) => {
    const page = await signedIn(browser, "btnmt");
    await page.goto(`/interconnection/flows?${PERIOD}&agency=BTC`);
    await expect(page.getByTestId("flow-period")).toContainText("Văn bản của Bộ TN&MT (kể cả đơn vị trực thuộc) · cán bộ cơ quan xem văn bản của cơ quan mình");
    await expect(page.getByTestId("flows-by-agency")).toHaveCount(0);
    await page.goto(`/interconnection/flows/documents?${PERIOD}&agency=BTC&kind=sent`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Văn bản: Bộ TN&MT đã gửi");
    expect((await page.request.get(`/interconnection/flows/export?${PERIOD}&format=csv`)).status()).toBe(403);
    await page.context().close();
  });

  test("GET /api/v1/document-flows: analysts read every agency's figures, an agency its own", async ({ request }) => {
    const analyst = await request.get(`/api/v1/document-flows?${PERIOD}`, { headers: { authorization: `Bearer ${await tokenFor("analyst")}` } });
    expect(analyst.status()).toBe(200);
    const all = await analyst.json();
    expect(all).toMatchObject({ from: "2019-03-12", to: "2019-07-21", agency: null, sent: 68_257, received: 203_553 });
    expect(all.agencies).toMatchObject({ page: 1, total: 93 });
    expect(all.agencies.data[0].code).toBe("TTCP");
    const btc = await tokenFor("btc");
    const own = await (await request.get(`/api/v1/document-flows?${PERIOD}`, { headers: { authorization: `Bearer ${btc}` } })).json();
    expect(own.agency).toBe("BTC");
    expect(own.agencies).toBeUndefined();
    const asked = await (await request.get(`/api/v1/document-flows?${PERIOD}&agency=BTC`, { headers: { authorization: `Bearer ${await tokenFor("analyst")}` } })).json();
    expect(own.sent).toBe(asked.sent);
    expect(own.sent).toBeGreaterThan(0);
    expect((await request.get(`/api/v1/document-flows?${PERIOD}&agency=BTNMT`, { headers: { authorization: `Bearer ${btc}` } })).status()).toBe(403);
    expect((await request.get(`/api/v1/document-flows?from=2019-13-01`, { headers: { authorization: `Bearer ${btc}` } })).status()).toBe(400);
  });

  test("takes an agency's events once, refuses bad ones with reasons, and the page counts them", async ({ page, request }) => {
    const token = await tokenFor("btc");
    const at = (minutes: number) => new Date(Date.now() - (120 - minutes) * 60_000).toISOString();
    const id = `e2e-${Date.now()}`;
    const events = [
      { eventId: `${id}-1`, documentId: `${id}/BTC`, from: "BTC", to: "BTNMT", signed: true, status: "01", at: at(0) },
      { eventId: `${id}-2`, documentId: `${id}/BTC`, from: "BTC", to: "BTNMT", status: "03", at: at(10) },
      { eventId: `${id}-3`, documentId: `${id}/BTC`, from: "BTC", to: "KHONGCO", signed: true, status: "01", at: at(0) },
      { eventId: `${id}-4`, documentId: `${id}/BTC`, from: "BTC", to: "BTNMT", status: "99", at: at(20) },
    ];
    const headers = { authorization: `Bearer ${token}` };
    const first = await request.post("/api/v1/document-events", { headers, data: { events } });
    expect(first.status()).toBe(422);
    expect(first.headers()["content-type"]).toContain("application/problem+json");
    const body = await first.json();
    expect(body).toMatchObject({ accepted: 1, duplicates: 0, rejected: 3 });
    // What became of the document at Bộ TN&MT is for Bộ TN&MT's system to say.
    expect(body.errors.map((e: { index: number; errors: { code: string }[] }) => [e.index, e.errors[0].code])).toEqual([[1, "receiverOnly"], [2, "unknownAgency"], [3, "status"]]);
    expect(body.errors[1].errors[0].message).toBe("Không có cơ quan với mã hoặc mã định danh này.");
    // The same batch twice at once: still one document, one event.
    const again = await Promise.all([0, 1].map(() => request.post("/api/v1/document-events", { headers, data: { events: events.slice(0, 1) } })));
    for (const response of again) expect(await response.json()).toEqual({ accepted: 0, duplicates: 1, rejected: 0 });
    const [stored] = await rows<{ events: string }>(`SELECT count(*)::text AS events FROM "AxisEvent" WHERE "eventId" LIKE $1`, `${id}-%`);
    expect(stored.events).toBe("1");
    const receiver = await request.post("/api/v1/document-events", { headers: { authorization: `Bearer ${await tokenFor("btnmt")}` }, data: { events: [events[1]] } });
    expect(await receiver.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0 });

    const tooMany = await request.post("/api/v1/document-events", { headers, data: { events: Array.from({ length: 501 }, () => events[0]) } });
    expect(tooMany.status()).toBe(413);
    const analyst = await request.post("/api/v1/document-events", { headers: { authorization: `Bearer ${await tokenFor("analyst")}` }, data: { events } });
    expect(analyst.status()).toBe(403);

    // Today's document is on the flows page of today, under Bộ Tài chính.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await page.goto(`/interconnection/flows?from=${today}&to=${today}&agency=BTC`);
    await expect(page.getByTestId("flow-sent")).toHaveText("1");
  });
});
