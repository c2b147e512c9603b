// The security issue, point by point: each test sends what the attacker sent and asserts the safe
// outcome, and that a refusal wrote nothing but its audit row. (The HTTP-level half is in
// e2e/security-hardening.spec.ts: forwarded headers through the real server, redirects, methods.)
import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { API_ROUTES } from "@/lib/api/routes";
import { authenticate } from "@/lib/auth/authenticate";
import { endOwnSession } from "@/lib/users/end-own-session";
import { LOCKOUT, lockState } from "@/lib/auth/lockout";
import { authOptions } from "@/lib/auth/options";
import type { SessionUser } from "@/lib/domain/permissions";
import { loadActiveUser, userFromSessionToken } from "@/lib/auth/session";
import { listLiveSessions, openSession, SESSION_IDLE_MS } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { applyForwarded, clientAddress, compileTrustedProxies, resolveForwarded } from "@/lib/http/client-address";
import { updateTaskStatus } from "@/lib/tasks/update-status";
import { endUserSessions, resetPassword, unlockUser, updateUser } from "@/lib/users/manage-users";
import { findTextFault } from "@/lib/validation/plain-text";
import { invalidQueryParams, TASK_LIST_QUERY } from "@/lib/view/query-schemas";
import { proxy } from "@/proxy";
import { resetDemoData } from "@/prisma/demo/reset";

const SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
const noDelay = { delay: false };
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.APP_MODE = "demo";
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc", "btnmt", "vpcp"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});
beforeEach(() => {
  process.env.APP_MODE = "demo";
});

/** A request as Node's HTTP server hands it over: a socket peer and the headers the client wrote. */
function incoming(peer: string, headers: Record<string, string> = {}): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const request = new IncomingMessage(socket);
  request.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return request;
}

const sessionToken = async (sub: string) => {
  const account = await db().user.findUniqueOrThrow({ where: { id: sub }, select: { id: true, passwordHash: true } });
  const sid = await openSession(account, { address: "10.9.0.1", userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0" });
  return { sid, token: await encode({ token: { sub, sid }, secret: SECRET, maxAge: 3600 }) };
};

describe("1. the client address is the socket's peer unless a named proxy forwarded it", () => {
  // First: until the project's server has rewritten a request's headers, none is believed.
  it("under any other server (next dev, these tests) a forwarded address is not believed", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.20" }))).toBe("unknown");
  });

  it("ignores X-Forwarded-For, X-Real-IP and Forwarded from a client that is not a trusted proxy", () => {
    const trust = compileTrustedProxies(undefined);
    const request = incoming("203.0.113.50", { "X-Forwarded-For": "198.51.100.20", "X-Real-IP": "198.51.100.21", Forwarded: "for=198.51.100.22", "X-Forwarded-Proto": "https" });
    expect(resolveForwarded(request, trust)).toEqual({ address: "203.0.113.50", proto: "http", host: undefined });
    applyForwarded(request, trust);
    expect(request.headers).toMatchObject({ "x-forwarded-for": "203.0.113.50", "x-forwarded-proto": "http" });
    expect(request.headers["x-real-ip"]).toBeUndefined();
    expect(request.headers.forwarded).toBeUndefined();
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.50" }))).toBe("203.0.113.50");
  });

  it("takes the right-most address that is not a trusted proxy, so a client cannot prepend its own", () => {
    const trust = compileTrustedProxies("10.0.0.1, 10.1.0.0/16");
    expect(resolveForwarded(incoming("10.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), trust).address).toBe("198.51.100.7");
    expect(resolveForwarded(incoming("10.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.1.4.4" }), trust).address).toBe("198.51.100.7");
    expect(resolveForwarded(incoming("10.0.0.1", { "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "http, https" }), trust).proto).toBe("https");
    // A caller beside the proxy, not through it, is itself the client.
    expect(resolveForwarded(incoming("10.2.0.9", { "x-forwarded-for": "198.51.100.7" }), trust).address).toBe("10.2.0.9");
    expect(resolveForwarded(incoming("::ffff:203.0.113.9"), trust).address).toBe("203.0.113.9");
  });

});

describe("3. sessions end on the server", () => {
  it("a cookie copied before sign-out is refused at its next request, and the sign-out is audited", async () => {
    const { sid, token } = await sessionToken("user-analyst");
    expect(await userFromSessionToken(token)).toMatchObject({ id: "user-analyst", sessionId: sid });
    await authOptions().events!.signOut!({ token: { sub: "user-analyst", sid }, session: null as never });
    expect(await userFromSessionToken(token)).toBeNull();
    expect(await db().session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ endedReason: "sign-out" });
    expect(await db().auditEntry.findFirst({ where: { action: "sign-out", userId: "user-analyst" } })).not.toBeNull();
  });

  it("a token minted offline with the secret but no session row opens nothing", async () => {
    expect(await userFromSessionToken(await encode({ token: { sub: "user-admin" }, secret: SECRET }))).toBeNull();
    expect(await userFromSessionToken(await encode({ token: { sub: "user-admin", sid: "made-up" }, secret: SECRET }))).toBeNull();
    // Another user's live session id under one's own name is no better.
    const { sid } = await sessionToken("user-admin");
    expect(await userFromSessionToken(await encode({ token: { sub: "user-leader", sid }, secret: SECRET }))).toBeNull();
  });

  it("ends after half an hour without a request, and an ended session cannot be brought back", async () => {
    const { sid, token } = await sessionToken("user-leader");
    await db().session.update({ where: { id: sid }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1_000) } });
    expect(await userFromSessionToken(token)).toBeNull();
    expect(await db().session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ endedReason: "idle" });
    await expect(db().session.update({ where: { id: sid }, data: { endedAt: null } })).rejects.toThrow();
  });

  it("a password reset, a deactivation and an admin's 'end all sessions' end every session of that user", async () => {
    const reset = await sessionToken("user-btnmt");
    expect(await resetPassword(users.admin, { userId: "user-btnmt", password: "MatKhauMoi2026" })).toEqual({ ok: true });
    expect(await userFromSessionToken(reset.token)).toBeNull();

    const deactivated = await sessionToken("user-vpcp");
    expect(await updateUser(users.admin, { userId: "user-vpcp", role: "AGENCY_EDITOR", agencyCode: "VPCP", active: "false" })).toEqual({ ok: true });
    await db().user.update({ where: { id: "user-vpcp" }, data: { active: true } });
    expect(await userFromSessionToken(deactivated.token)).toBeNull();

    const [one, two] = [await sessionToken("user-btc"), await sessionToken("user-btc")];
    expect(await endUserSessions(users.analyst, { userId: "user-btc", act: "sessions" })).toEqual({ ok: false, kind: "forbidden" });
    expect(await userFromSessionToken(one.token)).not.toBeNull();
    // A button the form does not have ends nothing.
    expect(await endUserSessions(users.admin, { userId: "user-btc", act: "everything" })).toMatchObject({ ok: false, kind: "invalid", errors: { act: ["required"] } });
    expect(await userFromSessionToken(one.token)).not.toBeNull();
    expect(await endUserSessions(users.admin, { userId: "user-btc", act: "sessions" })).toEqual({ ok: true });
    expect(await userFromSessionToken(one.token)).toBeNull();
    expect(await userFromSessionToken(two.token)).toBeNull();
    const reasons = await db().session.findMany({ where: { id: { in: [reset.sid, deactivated.sid, one.sid] } }, select: { endedReason: true } });
    expect(reasons.map((r) => r.endedReason).sort()).toEqual(["deactivated", "ended-by-admin", "password-reset"]);
    expect(await db().auditEntry.findFirst({ where: { action: "user.sessions.end", outcome: "OK", target: "btc" } })).not.toBeNull();
  });

  it("a user lists their live sessions and ends any; another's session is not found and stays live", async () => {
    const mine = await sessionToken("user-leader");
    const theirs = await sessionToken("user-admin");
    expect((await listLiveSessions("user-leader")).map((s) => s.id)).toContain(mine.sid);
    expect(await endOwnSession(users.leader, { sessionId: theirs.sid })).toEqual({ ok: false, kind: "not-found" });
    expect(await userFromSessionToken(theirs.token)).not.toBeNull();
    expect(await db().auditEntry.findFirst({ where: { action: "session.end", outcome: "REFUSED", userId: "user-leader" } })).not.toBeNull();
    expect(await endOwnSession(users.leader, { sessionId: mine.sid })).toEqual({ ok: true, current: false });
    expect(await userFromSessionToken(mine.token)).toBeNull();
    expect((await listLiveSessions("user-leader")).map((s) => s.id)).not.toContain(mine.sid);
  });
});

describe("5. account lockout cannot be turned against a user", () => {
  it("five anonymous failures lock the account for that address only: the owner signs in from theirs", async () => {
    const attacker = "198.51.100.66";
    for (let i = 0; i < LOCKOUT.perAccountAndAddress; i++) await authenticate({ username: "leader", password: `guess-${i}` }, attacker, noDelay);
    expect(await authenticate({ username: "leader", password: "Demo@36a" }, attacker, noDelay)).toMatchObject({ reason: "locked" });
    expect(await authenticate({ username: "leader", password: "Demo@36a" }, "10.20.0.5", noDelay)).toMatchObject({ ok: true });
  });

  it("attempts made while locked are not counted and never extend the lock", async () => {
    const attacker = "198.51.100.77";
    const count = () => db().signInAttempt.count({ where: { username: "analyst", address: attacker } });
    for (let i = 0; i < LOCKOUT.perAccountAndAddress; i++) await authenticate({ username: "analyst", password: `guess-${i}` }, attacker, noDelay);
    const oldest = (await db().signInAttempt.findFirstOrThrow({ where: { username: "analyst", address: attacker }, orderBy: { at: "asc" } })).at;
    for (let i = 0; i < 10; i++) expect(await authenticate({ username: "analyst", password: "Demo@36a" }, attacker, noDelay)).toMatchObject({ reason: "locked" });
    expect(await count()).toBe(LOCKOUT.perAccountAndAddress);
    const justAfter = new Date(oldest.getTime() + LOCKOUT.windowMs + 1_000);
    expect(await lockState("analyst", attacker, justAfter)).toMatchObject({ locked: false });
  });

  it("the delay still grows with the account's failures from every address", async () => {
    for (const [i, from] of ["198.51.100.1", "198.51.100.2", "198.51.100.3"].entries()) await authenticate({ username: "btc", password: `x${i}` }, from, noDelay);
    expect((await lockState("btc", "198.51.100.4")).failures).toBe(3);
  });

  it("twenty guesses sent at once still get five: the lock is checked and the attempt counted in one step", async () => {
    const attacker = "198.51.100.99";
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate({ username: "vpcp", password: `guess-${i}` }, attacker, noDelay)));
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(LOCKOUT.perAccountAndAddress);
    expect(results.filter((r) => r.ok === false && r.reason === "locked")).toHaveLength(20 - LOCKOUT.perAccountAndAddress);
    expect(await db().signInAttempt.count({ where: { username: "vpcp", address: attacker } })).toBe(LOCKOUT.perAccountAndAddress);
  });

  it("an admin's unlock also lifts, for that account, a lock set by others failing from the same address", async () => {
    const office = "198.51.100.111";
    for (let i = 0; i < LOCKOUT.perAddress; i++) await authenticate({ username: `nobody${i}`, password: "x" }, office, noDelay);
    expect(await authenticate({ username: "btc", password: "Demo@36a" }, office, noDelay)).toMatchObject({ reason: "locked" });
    expect(await unlockUser(users.admin, { userId: "user-btc", act: "unlock" })).toEqual({ ok: true });
    expect(await authenticate({ username: "btc", password: "Demo@36a" }, office, noDelay)).toMatchObject({ ok: true });
    // The address stays locked for everyone else, and nothing of the record was deleted.
    expect(await authenticate({ username: "leader", password: "Demo@36a" }, office, noDelay)).toMatchObject({ reason: "locked" });
    expect(await db().signInAttempt.count({ where: { address: office, succeeded: false } })).toBe(LOCKOUT.perAddress);
  });

  it("an admin unlocks an account (audited); no one else may", async () => {
    const attacker = "198.51.100.88";
    for (let i = 0; i < LOCKOUT.perAccountAndAddress; i++) await authenticate({ username: "admin", password: `guess-${i}` }, attacker, noDelay);
    expect((await lockState("admin", attacker)).locked).toBe(true);
    expect(await unlockUser(users.leader, { userId: "user-admin", act: "unlock" })).toEqual({ ok: false, kind: "forbidden" });
    expect((await lockState("admin", attacker)).locked).toBe(true);
    expect(await unlockUser(users.admin, { userId: "user-admin", act: "unlock" })).toEqual({ ok: true });
    expect((await lockState("admin", attacker)).locked).toBe(false);
    expect(await db().auditEntry.findFirst({ where: { action: "user.unlock", outcome: "OK", target: "admin" } })).toMatchObject({ userId: "user-admin" });
  });
});

describe("6. bad input is refused with a reason and writes nothing", () => {
  const taskId = "task-36A-15";
  const change = { taskId, version: 1, toStatus: "IN_PROGRESS", effectiveOn: "2026-11-23", note: "Đang làm" };
  const snapshot = async () => ({
    task: await db().task.findUniqueOrThrow({ where: { id: taskId } }),
    history: await db().taskStatusChange.count({ where: { taskId } }),
  });

  it.each([
    ["a lone surrogate in the note", { note: "a\ud800b" }, { note: ["unicode"] }],
    ["a NUL byte", { note: "a\u0000b" }, { note: ["control"] }],
    ["a right-to-left override", { note: "gpj.\u202Eexe" }, { note: ["control"] }],
    ["a right-to-left mark", { note: "abc\u200Fdef" }, { note: ["control"] }],
    ["version: true", { version: true }, { version: ["required"] }],
    ['version: "0x22"', { version: "0x22" }, { version: ["required"] }],
  ])("%s: a 422-style refusal naming the field, audited", async (_label, patch, errors) => {
    const before = await snapshot();
    const audits = await db().auditEntry.count({ where: { action: "task.status", outcome: "REFUSED" } });
    expect(await updateTaskStatus(users.analyst, { ...change, ...patch }, { channel: "api", address: "10.0.0.1" })).toEqual({ ok: false, kind: "invalid", errors });
    expect(await snapshot()).toEqual(before);
    expect(await db().auditEntry.count({ where: { action: "task.status", outcome: "REFUSED" } })).toBe(audits + 1);
  });

  it("finds a bad string anywhere in a JSON body, keys included, and names its path", () => {
    expect(findTextFault({ note: "ok", items: [{ note: "ok" }, { note: "x\u0001" }] })).toEqual({ path: "items.1.note", fault: "control" });
    expect(findTextFault({ ["a\ud800"]: 1 })).toMatchObject({ fault: "unicode" });
    expect(findTextFault({ note: "Dòng 1\r\nDòng 2\tcột 👍 👩‍💻" })).toBeNull();
    // Nested a hundred thousand deep: refused as such, without exhausting the stack.
    const deep = JSON.parse(`{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect(findTextFault(deep)).toMatchObject({ fault: "nesting" });
    expect(findTextFault({ a: [[[["ok"]]]] })).toBeNull();
  });

  it("an address parameter given empty, twice or off its pattern is named, as the OpenAPI document says", () => {
    const check = (query: string) => invalidQueryParams(new URLSearchParams(query), TASK_LIST_QUERY);
    expect(check("quarter=")).toEqual(["quarter"]);
    expect(check("quarter=2017-Q1&quarter=2016-Q4")).toEqual(["quarter"]);
    expect(check("page=0&size=7&status=DONE&q=%00&date=2017-02-30")).toEqual(["page", "size", "status", "q", "date"]);
    expect(check("quarter=2017-Q1&status=COMPLETED,IN_PROGRESS&page=2&size=50&q=t%C3%A0i")).toEqual([]);
    const doc = openApiDocument("http://x");
    const parameters = doc.paths["/tasks"].get.parameters as { name: string; schema: { pattern: string } }[];
    const quarter = parameters.find((p) => p.name === "quarter")!;
    expect(new RegExp(quarter.schema.pattern).test("")).toBe(false);
  });

  it("the OpenAPI document states formats and covers every route with its methods", () => {
    const doc = openApiDocument("http://x");
    const body = doc.components.schemas.StatusChange as { properties: Record<string, { format?: string; nullable?: boolean }> };
    expect(body.properties.effectiveOn.format).toBe("date");
    expect(body.properties.evidenceDate).toMatchObject({ format: "date", nullable: true });
    for (const [path, methods] of Object.entries(API_ROUTES)) {
      if (path === "/openapi.json") continue;
      expect(Object.keys(doc.paths[path as keyof typeof doc.paths]).map((m) => m.toUpperCase()), path).toEqual([...methods]);
    }
  });
});

describe("8. smaller points", () => {
  it("the API answers 503 as problem+json while the database is missing; pages show the setup page", async () => {
    const url = process.env.DATABASE_URL;
    // A server that is not there (nothing listens on port 1).
    process.env.DATABASE_URL = "postgresql://nobody:x@127.0.0.1:1/tracker";
    try {
      const api = await proxy(new NextRequest("http://127.0.0.1:3000/api/v1/tasks", { headers: { "accept-language": "en" } }));
      expect(api.status).toBe(503);
      expect(api.headers.get("content-type")).toContain("application/problem+json");
      expect(await api.json()).toMatchObject({ status: 503, title: "Service not ready" });
      const page = await proxy(new NextRequest("http://127.0.0.1:3000/tasks"));
      expect(page.status).toBe(503);
      expect(page.headers.get("x-middleware-rewrite")).toContain("/setup");
    } finally {
      process.env.DATABASE_URL = url;
    }
  });

  it("HSTS only when the public address is https", async () => {
    const url = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = "https://theodoi.vpcp.gov.vn";
      expect((await proxy(new NextRequest("http://127.0.0.1:3000/sign-in"))).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
      expect((await proxy(new NextRequest("http://127.0.0.1:3000/sign-in"))).headers.get("strict-transport-security")).toBeNull();
    } finally {
      process.env.NEXTAUTH_URL = url;
    }
  });
});
