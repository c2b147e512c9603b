// The security issue, points 1 to 5 and 8, through the real server: each test sends the request the
// report named and asserts the safe outcome, and that a refusal changed nothing. (Points 6 and 7 are
// in security-input.spec.ts; the rules behind them are also tested in lib/security-hardening.test.ts.)
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { rows, taskState, tokenFor } from "./support/database";
import { send, signInFrom, TRUSTED_PROXY } from "./support/from";
import { signedIn } from "./support/sign-in";
import { demoToday as today } from "./support/demo-day";

const change = (version: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version, toStatus: "IN_PROGRESS", effectiveOn: today(), note: "Cập nhật", ...extra });

test.describe("1. the client address is not what the client says", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("20 failed sign-ins with X-Forwarded-For …20 lock the real address: …21 in the header changes nothing", async () => {
    const from = "127.0.0.21";
    for (let i = 0; i < 20; i++) {
      expect((await signInFrom(from, `doan-${i}`, "sai", { headers: { "x-forwarded-for": "198.51.100.20" } })).error).toBe("invalid");
    }
    const after = await signInFrom(from, "leader", "Demo@36a", { headers: { "x-forwarded-for": "198.51.100.21" } });
    expect(after.cookie).toBeNull();
    expect(after.error).toMatch(/^locked:\d+$/);
    // The audit log holds the socket's address, never the one the client wrote.
    const addresses = (await rows<{ address: string }>(`SELECT DISTINCT "address" FROM "AuditEntry" WHERE "action" = 'sign-in' AND ("username" LIKE 'doan-%' OR "address" LIKE '198.51.100.%')`));
    expect(addresses).toEqual([{ address: from }]);
  });

  test("320 API requests with rotating X-Forwarded-For meet the limit of 300 a minute", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 320; i++) {
      statuses.push((await send("127.0.0.22", "GET", "/api/v1/quarters", { headers: { "x-forwarded-for": `198.51.100.${i % 250}` } })).status);
    }
    expect(statuses.slice(0, 300).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(300).every((status) => status === 429)).toBe(true);
  });

  test("320 requests with made-up bearer tokens, each new, meet the same limit and write at most 300 audit rows", async () => {
    const from = "127.0.0.23";
    const statuses: number[] = [];
    for (let i = 0; i < 320; i++) {
      statuses.push((await send(from, "GET", "/api/v1/quarters", { headers: { authorization: `Bearer t36a_made-up-${i}` } })).status);
    }
    expect(statuses.slice(0, 300).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(300).every((status) => status === 429)).toBe(true);
    expect((await rows(`SELECT "id" FROM "AuditEntry" WHERE "action" = 'api.auth' AND "address" = $1`, from))).toHaveLength(300);
  });

  test("a proxy named in TRUSTED_PROXIES is believed, for the right-most address that is not itself trusted", async () => {
    await signInFrom(TRUSTED_PROXY, "khong.co.ai", "sai", { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.30" } });
    expect((await rows(`SELECT "address" FROM "AuditEntry" WHERE "username" = 'khong.co.ai'`))).toEqual([{ address: "198.51.100.30" }]);
  });
});

test.describe("2. no open redirect", () => {
  const phish = "/sign-in?callbackUrl=/.//evil.example/phish";

  test("with a session, the sign-in page sends a foreign return address home", async ({ request, baseURL }) => {
    const response = await request.get(phish, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location, baseURL).href).toBe(`${baseURL}/`);
  });

  test("without a session, signing in lands on this site", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(phish);
    await page.getByLabel("Tên đăng nhập").fill("leader");
    await page.getByLabel("Mật khẩu").fill("Demo@36a");
    await page.locator(".sign-in-form").getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("user-menu")).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/`);
    await context.close();
  });
});

test.describe("3. sessions end on the server", () => {
  test("a cookie copied before sign-out gets nothing after it", async ({ browser, request }) => {
    const page = await signedIn(browser, "btc");
    const copied = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    expect((await request.get("/api/v1/quarters", { headers: { cookie: copied } })).status()).toBe(200);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    const home = await request.get("/", { headers: { cookie: copied }, maxRedirects: 0 });
    expect(home.status()).toBe(307);
    expect(home.headers().location).toContain("/sign-in");
    expect((await request.get("/api/v1/quarters", { headers: { cookie: copied } })).status()).toBe(401);
    await page.context().close();
  });

  test("the profile page lists the user's sessions and ends another one; that browser is signed out", async ({ browser }) => {
    const mine = await signedIn(browser, "vpcp");
    const other = await signedIn(browser, "vpcp");
    const [newest] = (await rows<{ id: string }>(`SELECT "id" FROM "Session" WHERE "userId" = 'user-vpcp' AND "endedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`));
    await mine.goto("/profile");
    const list = mine.getByTestId("session-list");
    await expect(list.locator("tr[data-current]")).toContainText("Phiên này");
    await list.locator(`tr[data-session="${newest.id.slice(0, 8)}"]`).getByRole("button", { name: "Kết thúc phiên" }).click();
    await expect(list.locator(`tr[data-session="${newest.id.slice(0, 8)}"]`)).toHaveCount(0);
    await other.goto("/tasks");
    await expect(other).toHaveURL(/\/sign-in/);
    await mine.goto("/tasks");
    await expect(mine.getByTestId("user-menu")).toBeVisible();
    await mine.context().close();
    await other.context().close();
  });

  test("ending a session that is not yours is a 404 and ends nothing", async ({ request }) => {
    const [theirs] = (await rows<{ id: string }>(`SELECT "id" FROM "Session" WHERE "userId" = 'user-analyst' AND "endedAt" IS NULL LIMIT 1`));
    const response = await request.delete(`/api/v1/sessions/${theirs.id}`, { headers: { authorization: `Bearer ${(await tokenFor("leader"))}` } });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect((await rows(`SELECT "endedAt" FROM "Session" WHERE "id" = $1`, theirs.id))).toEqual([{ endedAt: null }]);
  });
});

test.describe("4. the demo is not a master key; 8. Secure cookies and HSTS over https", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a demo started without a secret makes its own, listens on 127.0.0.1 only, and tokens minted with the old built-in secret open nothing", async () => {
    const port = await freePort();
    const databaseUrl = process.env.E2E_DATABASE_URL!;
    const secretFile = path.join(process.env.E2E_DATA_DIR!, "demo-secret");
    const env: NodeJS.ProcessEnv = { ...process.env, APP_MODE: "demo", PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: process.env.E2E_DATA_DIR, NEXTAUTH_URL: `https://127.0.0.1:${port}` };
    for (const name of ["NEXTAUTH_SECRET", "HOST", "TRUSTED_PROXIES", "APP_CLOCK_OFFSET_DAYS"]) delete env[name];
    const server = spawn("npx", ["tsx", "scripts/serve.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    try {
      let log = "";
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on("data", (chunk) => (log += chunk) && /Serving/.test(log) && resolve());
        server.on("exit", () => reject(new Error(`server stopped: ${log}`)));
      });
      expect(log).toContain(secretFile);
      expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
      expect(await reachable("127.0.0.1", port)).toBe(true);
      expect(await reachable("127.0.0.2", port)).toBe(false);

      // The secret that used to be in the source, and a made-up session under the real one.
      const oldSecret = "demo-only-secret-change-me-before-any-real-use-36a";
      const forged = await encode({ token: { sub: "user-admin" }, secret: oldSecret });
      const replayed = await encode({ token: { sub: "user-admin", sid: "guess" }, secret: fs.readFileSync(secretFile, "utf8") });
      for (const token of [forged, replayed]) {
        for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
          const admin = await send("127.0.0.1", "GET", "/admin/users", { port, headers: { cookie: `${name}=${token}` } });
          expect(admin.status).toBe(307);
          const before = (await taskState("36A-16"));
          const patch = await send("127.0.0.1", "PATCH", "/api/v1/tasks/36A-16/status", {
            port,
            headers: { cookie: `${name}=${token}`, origin: `https://127.0.0.1:${port}`, "content-type": "application/json" },
            body: change(before.version),
          });
          expect(patch.status).toBe(401);
          expect((await taskState("36A-16"))).toEqual(before);
        }
      }

      // Point 8: served as https (behind a proxy), sessions get Secure __Secure- cookies and pages HSTS.
      const page = await send("127.0.0.1", "GET", "/sign-in", { port });
      expect(page.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      const signedIn = await signInFrom("127.0.0.1", "leader", "Demo@36a", { port });
      expect(signedIn.setCookies.find((c) => c.startsWith("__Secure-next-auth.session-token="))).toMatch(/;\s*Secure/i);
    } finally {
      process.kill(-server.pid!, "SIGTERM");
    }
  });

  test("an unparseable TRUSTED_PROXIES stops the server at start, naming the variable", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, APP_MODE: "demo", PORT: String(await freePort()), DATABASE_URL: process.env.E2E_DATABASE_URL, TRUSTED_PROXIES: "10.0.0.0/33, proxy.example" };
    const server = spawn("npx", ["tsx", "scripts/serve.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    server.stdout!.on("data", (chunk) => (output += chunk));
    server.stderr!.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/TRUSTED_PROXIES: không đọc được/);
    expect(output).not.toMatch(/Serving/);
  });

  test("next-auth builds its links from the configured address, not localhost:3000", async ({ request, baseURL }) => {
    const providers = await (await request.get("/api/auth/providers")).json();
    expect(providers.credentials.signinUrl).toBe(`${baseURL}/api/auth/signin/credentials`);
  });
});

test.describe("5. lockout cannot be used against users", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("five anonymous failures do not lock the owner out; an admin sees the lock and lifts it (audited)", async ({ browser }) => {
    const attacker = "127.0.0.25";
    for (let i = 0; i < 5; i++) await signInFrom(attacker, "btnmt", `doan-${i}`);
    expect((await signInFrom(attacker, "btnmt", "Demo@36a")).error).toMatch(/^locked:/);
    const attempts = async () => (await rows(`SELECT "id" FROM "SignInAttempt" WHERE "username" = 'btnmt' AND "address" = $1`, attacker)).length;
    const counted = await attempts();
    expect((await signInFrom(attacker, "btnmt", "doan-lan-nua")).error).toMatch(/^locked:/);
    expect(await attempts()).toBe(counted);

    // The owner, from their own computer.
    const owner = await signedIn(browser, "btnmt");
    await owner.context().close();

    const admin = await signedIn(browser, "admin");
    await admin.goto("/admin/users");
    const row = admin.locator('tr[data-username="btnmt"]');
    await expect(row.getByTestId("locked")).toBeVisible();
    await row.getByRole("button", { name: "Mở khóa đăng nhập" }).click();
    await expect(row.getByText("Đã lưu.")).toBeVisible();
    await admin.reload();
    await expect(admin.locator('tr[data-username="btnmt"]').getByTestId("locked")).toHaveCount(0);
    expect((await signInFrom(attacker, "btnmt", "Demo@36a")).cookie).not.toBeNull();
    expect((await rows(`SELECT "outcome" FROM "AuditEntry" WHERE "action" = 'user.unlock' AND "target" = 'btnmt'`))).toEqual([{ outcome: "OK" }]);
    await admin.context().close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}
