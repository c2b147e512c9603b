// npm test: type-check, then the Vitest suite, then the browser tests; ends with one plain line
// "tests: N passed, M failed" counting both suites, and a non-zero exit if anything failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.resolve(".tmp/reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

function step(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

// Chromium, fonts and PostgreSQL's client tools, when missing (the backup drill runs in Vitest).
const tools = step("bash", ["scripts/ensure-tools.sh"]);
const typed = tools && step("npx", ["tsc", "--noEmit"]);
const unit = typed && step("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`]);
const e2e = unit && step("npx", ["tsx", "scripts/e2e.ts"], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` });

const vitest = readJson(`${reports}/vitest.json`) as { numPassedTests?: number; numFailedTests?: number } | null;
const playwright = readJson(`${reports}/playwright.json`) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const ok = typed && unit && e2e && failed === 0;
if (!typed) console.error("Type check failed.");
// A step that failed before a runner counted anything (type errors, a failed build) counts as one failure.
const reportedFailures = ok || failed > 0 ? failed : 1;
console.log(`tests: ${passed} passed, ${reportedFailures} failed`);
process.exit(ok ? 0 : 1);
