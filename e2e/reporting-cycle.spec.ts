import fs from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signedIn } from "./support/sign-in";
import { periodState } from "./support/database";
import { LATER_DAYS, demoToday as today, typeDate } from "./support/demo-day";

// The browser tests' second server runs on the same database LATER_DAYS later (playwright.config.ts).
const later = (path: string) => `http://127.0.0.1:${process.env.E2E_LATER_PORT}${path}`;
const ddmmyyyy = (iso: string) => iso.split("-").reverse().join("/");


/** The WCAG 2.1 AA checks of accessibility.spec.ts, on a page that only exists mid-cycle. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
}

// One quarter from request to report: it changes the demo's latest quarter, so the steps run in order.
test.describe.serial("the quarterly reporting cycle", () => {
  test("an analyst opens Q2/2017; a due date before the quarter is refused and nothing is opened", async ({ page }) => {
    await page.goto("/reporting");
    await expect(page.getByTestId("quarters").locator("tbody tr")).toHaveCount(6);
    const form = page.getByTestId("open-period");
    await expect(form).toContainText("Quý II/2017");
    await typeDate(form, "Hạn gửi báo cáo", "2017-03-31");
    await form.getByRole("button", { name: "Mở Quý II/2017 và gửi yêu cầu báo cáo" }).click();
    await expect(form).toContainText("Hạn gửi báo cáo không được trước ngày đầu của quý.");
    expect((await periodState("2017", "2"))).toBeNull();

    await typeDate(form, "Hạn gửi báo cáo", today());
    await form.getByLabel("Số văn bản đề nghị báo cáo").fill("3050/VPCP-KGVX");
    await form.getByRole("button", { name: "Mở Quý II/2017 và gửi yêu cầu báo cáo" }).click();
    await expect(page).toHaveURL(/\/reporting\/2017-Q2\?programme=36a/);
    await expect(page.getByTestId("period-state")).toHaveText("Đang mở");
    await expect(page.getByTestId("period-due")).toHaveText(ddmmyyyy(today()));
    await expect(page.getByTestId("reporting-figures")).toContainText("0/93 cơ quan gửi đúng hạn");
    expect((await periodState("2017", "2"))).toMatchObject({ state: "OPEN", reports: 93 });
  });

  test("Bộ Tài chính sees the request at home and reports on time; VPCP returns it and it comes back", async ({ browser }) => {
    const btc = await signedIn(browser, "btc");
    await btc.goto("/");
    await expect(btc.getByTestId("open-requests")).toContainText("Báo cáo Quý II/2017");
    await btc.getByTestId("open-requests").getByRole("link").click();
    await expect(btc).toHaveURL(/\/reporting\/2017-Q2\/BTC/);
    const form = btc.getByTestId("report-form");
    await expect(form.locator("fieldset.report-item")).toHaveCount(5);
    // Each task shows the document on record for its status: 36A-17's completion, with its evidence, is
    // self-reporting.spec's (this project runs after it); a task no document was recorded for says so.
    await expect(form.getByTestId("recorded-evidence-36A-17")).toHaveText("Văn bản đã ghi nhận: 1234/BTC-TCHQ, 10/04/2017");
    await expect(form.locator('[data-testid^="recorded-evidence-"]').filter({ hasText: "Chưa ghi nhận văn bản chứng minh nào." }).first()).toBeVisible();
    await expectAccessible(btc);
    await form.getByLabel("Tình hình triển khai các giải pháp chủ yếu").fill("Đã triển khai kế hoạch ứng dụng CNTT năm 2017 của Bộ Tài chính.");
    await form.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(form.getByTestId("report-confirm")).toContainText("Báo cáo không thay đổi trạng thái nhiệm vụ nào.");
    await form.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
    await expect(btc.getByTestId("report-sent")).toContainText("đang chờ Văn phòng Chính phủ xem xét");
    await expect(btc.getByTestId("report-state")).toHaveText("Đã gửi, chờ xem xét");
    await expect(btc.getByTestId("report-timeliness")).toHaveText("Đúng hạn");

    const analyst = await signedIn(browser, "analyst");
    await analyst.goto("/reporting/2017-Q2/BTC?programme=36a");
    const review = analyst.getByTestId("review-form");
    await expectAccessible(analyst);
    await review.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await expect(review).toContainText("Trả lại báo cáo cần nêu nội dung cần bổ sung, hoàn thiện.");
    await review.getByLabel("Ý kiến (không bắt buộc)").fill("Đề nghị nêu rõ tiến độ nhiệm vụ 36A-13.");
    await review.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await expect(analyst.getByTestId("report-state")).toHaveText("Bị trả lại, chờ gửi lại");

    await btc.reload();
    await expect(btc.getByTestId("return-comment")).toContainText("Đề nghị nêu rõ tiến độ nhiệm vụ 36A-13.");
    await btc.getByTestId("report-item-36A-13").getByLabel("Kết quả, khó khăn, kiến nghị").fill("Đang hoàn thiện dự thảo trình Chính phủ.");
    await btc.getByRole("button", { name: "Gửi lại báo cáo" }).click();
    await btc.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
    await expect(btc.getByTestId("report-state")).toHaveText("Đã gửi, chờ xem xét");
    await expect(btc.getByTestId("report-history").locator("> li")).toHaveCount(3);
    await expect(btc.getByTestId("report-history").locator("> li").first()).toContainText("Gửi lại báo cáo");

    await analyst.reload();
    await analyst.getByTestId("review-form").getByRole("button", { name: "Chấp nhận báo cáo" }).click();
    await expect(analyst.getByTestId("report-state")).toHaveText("Đã được chấp nhận");
    await expect(analyst.getByTestId("report-accepted")).toBeVisible();
    await btc.context().close();
    await analyst.context().close();
  });

  test("the silent agencies can be reminded, with their editors' addresses", async ({ page }) => {
    await page.goto("/reporting/2017-Q2/reminders?programme=36a");
    await expect(page.getByTestId("reminders").locator("tbody tr")).toHaveCount(92);
    await expectAccessible(page);
    const addresses = page.getByTestId("reminder-addresses");
    await expect(addresses).toHaveValue(/btnmt@demo\.invalid/);
    await expect(addresses).toHaveValue(/vpcp@demo\.invalid/);
    await expect(addresses).not.toHaveValue(/btc@demo\.invalid/);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải danh sách (CSV)" }).click();
    const csv = fs.readFileSync(await (await download).path(), "utf8");
    expect(csv.startsWith("\uFEFFLý do,Mã cơ quan")).toBe(true);
    expect(csv).toContain("BTNMT,Bộ Tài nguyên và Môi trường");
    expect(csv).not.toContain("BTC,Bộ Tài chính");
  });

  test("Bộ TN&MT reports late (on the later server), completing a task with its evidence", async ({ browser }) => {
    const btnmt = await signedIn(browser, "btnmt");
    await btnmt.goto(later("/reporting/2017-Q2/BTNMT?programme=36a"));
    const form = btnmt.getByTestId("report-form");
    await form.getByLabel("Tình hình triển khai các giải pháp chủ yếu").fill("Bộ TN&MT đã đưa hệ thống thông tin đất đai vào vận hành.");
    const task = form.getByTestId("report-item-36A-23");
    await task.getByLabel("Trạng thái đến cuối quý").selectOption("COMPLETED");
    await task.getByLabel("Kết quả, khó khăn, kiến nghị").fill("Hệ thống thông tin đất đai đã vận hành tại 63 tỉnh.");
    // Saved half-written (no evidence yet), and found again as it was.
    await form.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(btnmt.getByTestId("report-draft-status")).toContainText("Đã lưu nháp");
    await btnmt.reload();
    await expect(btnmt.getByTestId("report-draft")).toContainText("Đang mở bản nháp lưu lúc");
    await expect(form.getByLabel("Tình hình triển khai các giải pháp chủ yếu")).toHaveValue("Bộ TN&MT đã đưa hệ thống thông tin đất đai vào vận hành.");
    await expect(task.getByLabel("Trạng thái đến cuối quý")).toHaveValue("COMPLETED");
    await expect(task.getByLabel("Kết quả, khó khăn, kiến nghị")).toHaveValue("Hệ thống thông tin đất đai đã vận hành tại 63 tỉnh.");
    await form.getByRole("button", { name: "Gửi báo cáo" }).click();
    // The shared rules answer in the browser first: a completion needs its evidence.
    await expect(task).toContainText("Nhiệm vụ báo cáo hoàn thành cần số và ngày của văn bản chứng minh.");
    // Taken to the first thing to fix, not left at the button at the end of the form.
    await expect(task.getByLabel("Số, ký hiệu văn bản chứng minh (bắt buộc)")).toBeFocused();
    await task.getByLabel("Số, ký hiệu văn bản chứng minh (bắt buộc)").fill("1234/QĐ-BTNMT");
    await typeDate(task, "Ngày văn bản (bắt buộc)", "2017-05-10");
    await form.getByRole("button", { name: "Gửi báo cáo" }).click();
    const confirm = form.getByTestId("report-confirm");
    await expect(confirm).toContainText("Báo cáo sẽ ghi 1 thay đổi trạng thái");
    await expect(confirm).toContainText("36A-23: Đang triển khai → Cơ bản hoàn thành");
    await confirm.getByRole("button", { name: "Xác nhận gửi báo cáo" }).click();
    await expect(btnmt.getByTestId("report-state")).toHaveText("Đã gửi, chờ xem xét");
    await expect(btnmt.getByTestId("report-timeliness")).toHaveText(`Muộn · ${LATER_DAYS} ngày sau hạn`);
    await btnmt.goto(later("/tasks/36A-23"));
    await expect(btnmt.getByTestId("task-status")).toHaveText("Cơ bản hoàn thành");
    await expect(btnmt.getByTestId("task-history").locator("li").first()).toContainText("1234/QĐ-BTNMT");
    await btnmt.context().close();
  });

  test("the analyst closes the quarter and its figures are frozen", async ({ page }) => {
    // The record must equal the history's figures at the quarter's end, read just before the close
    // (the other browser tests change tasks on the demo's day, inside this quarter).
    await page.goto(later("/?programme=36a&date=2017-06-30"));
    const [completed, assigned] = (await page.getByTestId("headline-rate").textContent())!.split(" ")[0].split("/").map(Number);
    expect(assigned).toBeGreaterThanOrEqual(73);
    await page.goto(later("/reporting/2017-Q2?programme=36a"));
    const figures = page.getByTestId("reporting-figures");
    await expect(figures).toContainText("1/93 cơ quan gửi đúng hạn (1,1%)");
    await expect(figures).toContainText("1 cơ quan gửi muộn, 91 cơ quan chưa gửi dù đã quá hạn");
    await expect(page.getByTestId("period-reports").locator("tbody tr").first()).toContainText("Chưa gửi, quá hạn");

    const close = page.getByTestId("close-period");
    await close.getByRole("button", { name: "Khóa sổ Quý II/2017…" }).click();
    await expect(close).toContainText("Còn 91 cơ quan chưa gửi báo cáo, 1 báo cáo chưa xem xét");
    await close.getByRole("button", { name: "Xác nhận khóa sổ" }).click();
    await expect(page.getByTestId("period-state")).toHaveText("Đã khóa sổ");
    await expect(page.getByTestId("period-frozen")).toHaveText(`${completed}/${assigned} nhiệm vụ cơ bản hoàn thành`);
    await expect(page.getByTestId("close-period")).toHaveCount(0);
    expect((await periodState("2017", "2"))).toMatchObject({ state: "CLOSED", assignedCount: assigned, completedCount: completed });

    // A closed quarter takes no report: the form is gone and the page says why.
    await page.goto("/reporting/2017-Q2/VPCP?programme=36a");
    await expect(page.getByTestId("report-form")).toHaveCount(0);
    await expect(page.getByText("Quý đã khóa sổ: báo cáo không còn được gửi hoặc xem xét.")).toBeVisible();
  });

  test("the generated report shows the quarter's figures, prints to A4 and downloads as .xlsx and .docx", async ({ page }) => {
    const { assignedCount: assigned, completedCount: completed } = (await periodState("2017", "2"))!;
    await page.goto("/reporting/2017-Q2/report?programme=36a");
    const summary = page.getByTestId("report-summary");
    await expect(summary).toContainText(`đến hết Quý II/2017 (30/06/2017), trong ${assigned} nhiệm vụ cụ thể`);
    await expect(summary).toContainText(`có ${completed} nhiệm vụ cơ bản hoàn thành, đạt tỷ lệ`);
    await expect(summary).toContainText("(so với 34 nhiệm vụ hoàn thành, đạt tỷ lệ hơn 46% tại thời điểm cuối Quý I/2017)");
    await expect(page.getByTestId("report-reporting")).toContainText("1/93 cơ quan gửi đúng hạn (1,1%), 1 cơ quan gửi muộn, 91 cơ quan chưa gửi báo cáo");
    await expect(page.getByTestId("report-provisional")).toHaveCount(0);
    await page.screenshot({ path: "e2e/artifacts/report-2017-Q2-vi.png", fullPage: true });

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.getByTestId("print-report")).toBeHidden();
    // Decree 30/2020: the addressee that "Như trên" refers to; the recipients and signer never split across pages.
    await expect(page.getByTestId("report-addressee")).toHaveText("Kính gửi: Thủ tướng Chính phủ.");
    await expect(page.locator(".report-signature")).toHaveCSS("break-inside", "avoid");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    fs.writeFileSync("e2e/artifacts/report-2017-Q2.pdf", pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: "screen" });

    const xlsxDownload = page.waitForEvent("download");
    await page.getByTestId("download-xlsx").click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await xlsxDownload).path());
    const values = new Map<string, unknown>();
    workbook.getWorksheet("Tổng hợp")!.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get("Nhiệm vụ được giao")).toBe(assigned);
    expect(values.get("Nhiệm vụ cơ bản hoàn thành")).toBe(completed);
    expect(workbook.getWorksheet("Theo cơ quan")!.rowCount).toBeGreaterThanOrEqual(25);

    const docxDownload = page.waitForEvent("download");
    await page.getByTestId("download-docx").click();
    const files = unzipSync(fs.readFileSync(await (await docxDownload).path()));
    const text = strFromU8(files["word/document.xml"]).replace(/<[^>]+>/g, "");
    expect(text).toContain(`có ${completed} nhiệm vụ cơ bản hoàn thành, đạt tỷ lệ`);
    expect(text).toContain("Bộ TN&amp;MT");
  });

  test("the comparison shows what moved between Q1 and Q2/2017", async ({ page }) => {
    const { assignedCount: assigned, completedCount: completed } = (await periodState("2017", "2"))!;
    await page.goto("/compare?programme=36a");
    await expect(page.getByTestId("compare-heading")).toHaveText("Quý II/2017 so với Quý I/2017");
    await expect(page.getByTestId("compare-rates")).toContainText(`34/73 (46,6%) → ${completed}/${assigned} (`);
    await expect(page.getByTestId("changes-becameCompleted")).toContainText("36A-23");
    await expect(page.getByTestId("compare-outOfNoneCompleted")).toContainText("Bộ TN&MT");
  });
});
