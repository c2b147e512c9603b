import { expect, test } from "@playwright/test";
import { signedIn } from "./support/sign-in";
import { demoToday as today, typeDate } from "./support/demo-day";


test.describe("agency self-reporting", () => {
  test("an editor completes a task with evidence and every view shows it at once", async ({ browser }) => {
    const page = await signedIn(browser, "btc");
    // Other tests change tasks as of today too: compare with the figures just before.
    await page.goto(`/?date=${today()}`);
    const [completed, assigned] = (await page.getByTestId("headline-rate").textContent())!.split(" ")[0].split("/").map(Number);
    await page.goto(`/agencies/BTC?date=${today()}`);
    const btcBefore = Number((await page.getByTestId("agency-rate").textContent())!.split("/")[0]);

    await page.goto("/tasks/36A-17");
    const form = page.getByTestId("status-form");
    await form.getByLabel("Trạng thái").selectOption("COMPLETED");
    await form.getByLabel("Ghi chú").fill("Đã vận hành Cơ chế một cửa quốc gia mở rộng");
    await form.getByRole("button", { name: "Lưu cập nhật" }).click();
    // The shared rules answer in the browser first: a completion needs its evidence.
    await expect(form.locator("#evidenceNumber-error")).toHaveText("Báo cáo hoàn thành cần số và ngày của văn bản chứng minh.");

    await form.getByLabel("Số, ký hiệu văn bản").fill("1234/BTC-TCHQ");
    await typeDate(form, "Ngày văn bản", today());
    await form.getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect(page.getByTestId("status-saved")).toBeVisible();
    await expect(page.getByTestId("task-status")).toHaveText("Cơ bản hoàn thành");
    await expect(page.getByTestId("task-history").locator("li").first()).toContainText("1234/BTC-TCHQ");
    await expect(page.getByTestId("task-history").locator("li").first()).toContainText("Cán bộ đầu mối Bộ Tài chính");
    // The form now shows what is recorded, so a second press cannot send the old status over it.
    await expect(form.getByLabel("Trạng thái")).toHaveValue("COMPLETED");
    await expect(form.getByLabel("Ghi chú")).toHaveValue("");
    // The same report again is recorded once.
    const entries = await page.getByTestId("task-history").locator("li").count();
    await form.getByLabel("Ghi chú").fill("Đã vận hành Cơ chế một cửa quốc gia mở rộng");
    await form.getByLabel("Số, ký hiệu văn bản").fill("1234/BTC-TCHQ");
    await typeDate(form, "Ngày văn bản", today());
    await form.getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect(page.getByTestId("status-saved")).toHaveText("Không có gì thay đổi: báo cáo này đã được ghi nhận trước đó.");
    await expect(page.getByTestId("task-history").locator("li")).toHaveCount(entries);

    await page.goto(`/?date=${today()}`);
    await expect(page.getByTestId("headline-rate")).toContainText(`${completed + 1}/${assigned} (`);
    await page.goto(`/agencies/BTC?date=${today()}`);
    await expect(page.getByTestId("agency-rate")).toContainText(`${btcBefore + 1}/5 (`);
    // The closed quarter does not move.
    await page.goto("/agencies/BTC?quarter=2017-Q1");
    await expect(page.getByTestId("agency-rate")).toHaveText("2/5 (40,0%)");
    await page.context().close();
  });

  test("an editor's home leads with their agency: classes, overdue, due soon and recent changes, each linked to its rows", async ({ browser }) => {
    const page = await signedIn(browser, "btc");
    await page.goto("/");
    const home = page.getByTestId("agency-home");
    await expect(home.getByRole("heading", { level: 2 })).toContainText("Cơ quan của bạn: Bộ Tài chính");
    await expect(home.getByTestId("agency-home-classes")).toContainText("Quá hạn");
    const overdue = home.getByTestId("agency-home-overdue");
    await expect(overdue).toContainText("36A-13");
    await expect(overdue.locator("li").first()).toContainText(/quá hạn \d+ ngày/);
    await expect(home.getByTestId("agency-home-changes").locator("li").first()).toBeVisible();
    // The count beside "Đang quá hạn" is the task list's.
    const badge = home.getByRole("heading", { name: /Đang quá hạn/ }).getByRole("link", { name: /nhiệm vụ: xem danh sách$/ });
    const count = (await badge.textContent())!.trim();
    await badge.click();
    await expect(page.getByTestId("result-count")).toHaveText(`${count} nhiệm vụ`);
    // An analyst's home has no agency of its own.
    await page.context().close();
  });

  test("an editor sees no form on another agency's task, a leader on any", async ({ browser }) => {
    const editor = await signedIn(browser, "btnmt");
    await editor.goto("/tasks/36A-13");
    await expect(editor.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(editor.getByTestId("status-form")).toHaveCount(0);
    await editor.goto("/tasks/36A-23");
    await expect(editor.getByTestId("status-form")).toBeVisible();
    await editor.context().close();
    const leader = await signedIn(browser, "leader");
    await leader.goto("/tasks/36A-23");
    await expect(leader.getByTestId("status-form")).toHaveCount(0);
    await leader.context().close();
  });

  test("the second of two people saving the same task is told what changed, and nothing is overwritten", async ({ browser }) => {
    const first = await signedIn(browser, "analyst");
    const second = await signedIn(browser, "vpcp");
    await first.goto("/tasks/36A-02");
    await second.goto("/tasks/36A-02");

    await first.getByTestId("status-form").getByLabel("Ghi chú").fill("Đã thử nghiệm hệ thống");
    await first.getByTestId("status-form").getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect(first.getByTestId("status-saved")).toBeVisible();

    const form = second.getByTestId("status-form");
    await form.getByLabel("Trạng thái").selectOption("NOT_STARTED");
    await form.getByLabel("Ghi chú").fill(`<script>document.title="hacked"</script>Tạm dừng`);
    await form.getByRole("button", { name: "Lưu cập nhật" }).click();
    const conflict = second.getByTestId("status-conflict");
    await expect(conflict).toContainText("đã được người khác cập nhật");
    await expect(conflict).toContainText("Chuyên viên Vụ KSTTHC (VPCP)");
    await expect(conflict).toContainText("Đã thử nghiệm hệ thống");

    await second.reload();
    await expect(second.getByTestId("task-status")).toHaveText("Đang triển khai");
    await expect(second.getByTestId("task-history").locator("li").first()).toContainText("Đã thử nghiệm hệ thống");
    // Text with script tags is kept as text and shown escaped, never run.
    const retry = second.getByTestId("status-form");
    await retry.getByLabel("Ghi chú").fill(`<script>document.title="hacked"</script>Tạm dừng`);
    await retry.getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect(second.getByTestId("status-saved")).toBeVisible();
    await expect(second.getByTestId("task-history").locator("li").first()).toContainText(`<script>document.title="hacked"</script>Tạm dừng`);
    expect(await second.title()).not.toBe("hacked");
    await first.context().close();
    await second.context().close();
  });
});
