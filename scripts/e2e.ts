// npm run test:e2e: the browser tests against the production build, on free ports, with their own
// database; installs Debian's Chromium first when it is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort, startLocalPostgres } from "../lib/database/local-postgres";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { stdio: "inherit", env });
}

async function main(): Promise<number> {
  run("bash", ["scripts/ensure-tools.sh"]);
  const dir = path.resolve(".tmp/e2e");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // The tests' own PostgreSQL, in their own folder, for this run only.
  const server = await startLocalPostgres(dir, { quiet: true });
  try {
    const databaseUrl = server.url.replace(/\/tracker$/, "/e2e");
    const dbEnv = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dir };
    run("npx", ["tsx", "scripts/migrate.ts"], dbEnv);
    run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], dbEnv);
    run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

    const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: {
        ...process.env,
        E2E_PORT: String(await freePort()),
        E2E_BARE_PORT: String(await freePort()),
        E2E_LATER_PORT: String(await freePort()),
        E2E_DATABASE_URL: databaseUrl,
        E2E_DATA_DIR: dir,
        E2E_SECRET: randomBytes(32).toString("hex"),
      },
    });
    return result.status ?? 1;
  } finally {
    await server.stop();
  }
}

main().then((code) => process.exit(code));
