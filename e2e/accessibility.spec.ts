import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// WCAG 2.1 A and AA rules (contrast, names, labels, landmarks) on every view, in both languages.
const VIEWS = ["/", "/tasks", "/tasks?agency=BTC&overdue=1", "/overdue", "/agencies", "/agencies/BTC", "/tasks/36A-04", "/changes?agency=VPCP", "/profile",
  "/reporting", "/reporting/2017-Q1", "/reporting/2017-Q1/BTC", "/reporting/2017-Q1/report", "/compare"];

for (const locale of ["vi", "en"] as const) {
  test(`every view passes the WCAG 2.1 AA checks (${locale})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    for (const path of VIEWS) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
      expect(found, `${path} (${locale})`).toEqual([]);
    }
  });
}
