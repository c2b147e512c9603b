import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const [,, path, out, width] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width || 1280), height: 900 } });
await page.goto("http://127.0.0.1:3100" + path);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
console.log(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
await browser.close();
