import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { freePort } from "../../lib/database/local-postgres";

export type RunningServer = { base: string; pid: number; stop: () => Promise<void>; peakRssMb: () => number; log: () => string };

/** The process's largest resident memory so far (Linux). */
function peakRss(pid: number): number {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
    return line ? Math.round(Number(line[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * npm start's server (scripts/serve.ts) in production mode, in one Node process of its own so that
 * its peak memory is the server's, on a free port of 127.0.0.1.
 */
export async function startServer(databaseUrl: string, secret: string, extraEnv: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // NODE_OPTIONS passes through (a heap limit, for one): the server runs as npm start runs it.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_MODE: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: base,
      HOST: "127.0.0.1",
      PORT: String(port),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped at start:\n${log}`);
    if (/Serving/.test(log)) break;
    if (Date.now() > deadline) throw new Error(`The server did not start in 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    pid: child.pid!,
    peakRssMb: () => peakRss(child.pid!),
    log: () => log,
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/`, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => /session-token=/.test(c));
  if (session.length === 0) throw new Error(`Sign-in as ${username} failed (${response.status})`);
  return session.join("; ");
}
