// npm start: the production server. Next.js's own `next start` would keep a client's X-Forwarded-For
// as the caller's address; this server decides the address itself (lib/http/client-address.ts) before
// Next.js sees the request, refuses methods no route answers and addresses that do not decode, and
// checks the configuration first.
import http from "node:http";
import { loadEnvConfig } from "@next/env";
import next from "next";
import { applyForwarded, compileTrustedProxies } from "@/lib/http/client-address";
import { refuseAtEdge } from "@/lib/api/edge-refusals";
import { dataDir } from "@/lib/database/data-dir";
import { clusterDir } from "@/lib/database/local-postgres";
import { demoSecretFile } from "@/lib/demo-secret";
import { profileOnSignal } from "./cpu-profile";
import { databaseForCommand } from "./database-for-command";
import { loadEnv, type Env } from "@/lib/env";

function configuration(): Env {
  try {
    return loadEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  // .env files, as `next start` would read them, before the configuration is checked.
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  configuration();
  // No database named: this installation's own, started with the server and stopped with it.
  const database = await databaseForCommand();
  const env = configuration();
  // A demo listens on this machine only; exposing it is a deliberate HOST=… (README).
  const host = env.HOST ?? (env.APP_MODE === "demo" ? "127.0.0.1" : "0.0.0.0");
  // next-auth reads these from the environment itself.
  process.env.NEXTAUTH_URL = env.NEXTAUTH_URL;
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  const trust = compileTrustedProxies(env.TRUSTED_PROXIES);

  profileOnSignal(process.env.CPU_PROFILE_DIR);
  const app = next({ dev: false, hostname: host, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((request, response) => {
    if (refuseAtEdge(request, response)) return;
    applyForwarded(request, trust);
    handle(request, response).catch((error) => {
      console.error("[server] request failed", error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end();
    });
  });
  server.listen(env.PORT, host, () => {
    // One write, so that whoever waits for "Serving" has read the rest too.
    const lines = [
      env.usesDemoSecret && `[demo] Phiên đăng nhập ký bằng khoá riêng của bản demo / sessions signed with this demo's own secret: ${demoSecretFile(dataDir())}`,
      env.TRUSTED_PROXIES && `Tin các proxy / Trusting proxies: ${env.TRUSTED_PROXIES}`,
      database.local && `Cơ sở dữ liệu cục bộ / Local PostgreSQL: ${clusterDir(dataDir())}`,
      `Đang phục vụ / Serving: ${env.NEXTAUTH_URL} (listening on ${host}:${env.PORT})`,
    ];
    console.log(lines.filter(Boolean).join("\n"));
  });

  const stop = () => {
    server.close(() => app.close().finally(() => database.stop().finally(() => process.exit(0))));
    // Keep-alive connections would hold close() open; a stopping server ends them.
    server.closeAllConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
