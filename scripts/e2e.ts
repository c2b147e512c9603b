// npm run test:e2e: the browser tests against the production build, on free ports, with their own
// database; installs Debian's Chromium first when it is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, args, { stdio: "inherit", env });
}

async function main(): Promise<number> {
  run("bash", ["scripts/ensure-browser.sh"]);
  const dir = path.resolve(".tmp/e2e");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const databaseUrl = `file:${dir}/e2e.db`;
  const dbEnv = { ...process.env, DATABASE_URL: databaseUrl };
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
      E2E_SECRET: randomBytes(32).toString("hex"),
    },
  });
  return result.status ?? 1;
}

main().then((code) => process.exit(code));
