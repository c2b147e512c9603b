import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { LATER_DAYS } from "./e2e/support/demo-day";
import { TRUSTED_PROXY } from "./e2e/support/from";

// Started by scripts/e2e.ts, which picks free ports and prepares the test's own database.
const port = Number(process.env.E2E_PORT);
const bareDatabasePort = Number(process.env.E2E_BARE_PORT);
const laterPort = Number(process.env.E2E_LATER_PORT);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
const dataDir = process.env.E2E_DATA_DIR ?? "";

// Refuse to run against any database but the one prepared for this run: the "e2e" database of the
// local server scripts/e2e.ts started in .tmp/e2e, on this machine.
if (!port || !bareDatabasePort || !laterPort || dataDir !== path.resolve(".tmp/e2e") || !/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/e2e$/.test(databaseUrl)) {
  throw new Error("Run the browser tests with `npm run test:e2e` (scripts/e2e.ts): it prepares their own database and ports.");
}

// The project's own server (npm start), as in production: it decides the client's address itself.
const server = (port: number, env: Record<string, string>) => ({
  command: "npx tsx scripts/serve.ts",
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: process.env.E2E_SECRET ?? "",
    // Demo mode: the demo accounts sign in (they are refused in production mode; tested in Vitest).
    APP_MODE: "demo",
    HOST: "127.0.0.1",
    PORT: String(port),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    // Requests from this loopback address play a reverse proxy the operator named (e2e/support/from.ts).
    TRUSTED_PROXIES: TRUSTED_PROXY,
    DATA_DIR: dataDir,
    ...env,
  },
  reuseExistingServer: false,
  timeout: 60_000,
});

const LATER_SPECS = /(instances|reporting-cycle)\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  outputDir: ".tmp/e2e/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    // Native date inputs follow the browser's locale: a Vietnamese reader's browser shows dd/mm/yyyy.
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      testIgnore: [/auth\.setup\.ts/, LATER_SPECS],
      dependencies: ["setup"],
      use: { storageState: ".tmp/e2e/analyst.json" },
    },
    // Last: these act on the second server's later day (a change there comes after any made on the
    // demo's day, and the cycle closes Quarter II/2017), which would refuse the other tests' changes.
    {
      name: "later-days",
      testMatch: LATER_SPECS,
      dependencies: ["chromium"],
      use: { storageState: ".tmp/e2e/analyst.json" },
    },
  ],
  webServer: [
    { ...server(port, { DATABASE_URL: databaseUrl }), url: `http://127.0.0.1:${port}/` },
    // The same build and database LATER_DAYS later (demo-mode clock offset): after the quarter the
    // reporting cycle opens has ended, so that a report sent there is late and the quarter can close.
    { ...server(laterPort, { DATABASE_URL: databaseUrl, APP_CLOCK_OFFSET_DAYS: String(LATER_DAYS) }), url: `http://127.0.0.1:${laterPort}/sign-in` },
    // The same build with no database at all: it must say what to run.
    { ...server(bareDatabasePort, { DATABASE_URL: databaseUrl.replace(/\/e2e$/, "/does_not_exist") }), url: `http://127.0.0.1:${bareDatabasePort}/` },
  ],
});
