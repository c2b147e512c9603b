import { execFile } from "node:child_process";
import { promisify } from "node:util";

export type LighthouseResult = { score: number; lcpMs: number; cls: number; tbtMs: number };

type Report = { runtimeError?: { message: string }; categories: { performance: { score: number | null } }; audits: Record<string, { numericValue?: number }> };

/**
 * Lighthouse 12's desktop performance audit of one page on Debian's Chromium, signed in by a cookie.
 * Through its own command line: functions it sends to the page must not pass through tsx's transform.
 */
export async function audit(url: string, cookie: string | undefined): Promise<LighthouseResult> {
  const args = [
    url,
    "--preset=desktop",
    "--only-categories=performance",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const { stdout } = await promisify(execFile)("node_modules/.bin/lighthouse", args, { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 });
  const lhr = JSON.parse(stdout) as Report;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue ?? 0),
    cls: Math.round((lhr.audits["cumulative-layout-shift"].numericValue ?? 0) * 1000) / 1000,
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue ?? 0),
  };
}
