import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The build is current when it is newer than every file it is made of.
const SOURCES = ["app", "components", "lib", "messages", "i18n", "proxy.ts", "next.config.js", "package-lock.json", "tsconfig.json"];

function newest(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

export function buildIfNeeded(): void {
  const buildId = ".next/BUILD_ID";
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > Math.max(...SOURCES.map(newest))) {
    console.log("[bench] The production build is current.");
    return;
  }
  console.log("[bench] Building (next build)...");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
