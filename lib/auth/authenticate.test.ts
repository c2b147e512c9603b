import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { authenticate } from "./authenticate";
import { LOCKOUT } from "./lockout";
import { userFromSessionToken } from "./session";
import { openSession, SessionNotOpenedError } from "./sessions";

const SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
const address = () => `10.0.0.${Math.floor(Math.random() * 250)}`;
const noDelay = { delay: false };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  await resetDemoData(db());
});
beforeEach(() => {
  process.env.APP_MODE = "demo";
});
afterEach(() => {
  delete process.env.APP_MODE;
});

const audits = (username: string) => db().auditEntry.findMany({ where: { username, action: "sign-in" }, orderBy: { at: "asc" } });

describe("sign-in", () => {
  it("accepts the demo password in demo mode and audits it", async () => {
    const result = await authenticate({ username: "BTC ", password: "Demo@36a" }, address(), noDelay);
    expect(result).toMatchObject({ ok: true, user: { id: "user-btc" } });
    expect((await audits("btc")).at(-1)).toMatchObject({ outcome: "OK", userId: "user-btc" });
  });

  it("refuses demo accounts outside demo mode", async () => {
    process.env.APP_MODE = "production";
    expect(await authenticate({ username: "leader", password: "Demo@36a" }, address(), noDelay)).toEqual({ ok: false, reason: "demo-disabled" });
    expect((await audits("leader")).at(-1)).toMatchObject({ outcome: "REFUSED" });
  });

  it("answers a wrong password, an unknown user and a deactivated user alike", async () => {
    expect(await authenticate({ username: "analyst", password: "nope" }, address(), noDelay)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ username: "nobody", password: "Demo@36a" }, address(), noDelay)).toEqual({ ok: false, reason: "invalid" });
    await db().user.update({ where: { id: "user-vpcp" }, data: { active: false } });
    expect(await authenticate({ username: "vpcp", password: "Demo@36a" }, address(), noDelay)).toEqual({ ok: false, reason: "invalid" });
    await db().user.update({ where: { id: "user-vpcp" }, data: { active: true } });
    expect(await authenticate({ username: 42, password: ["x"] }, address(), noDelay)).toEqual({ ok: false, reason: "invalid" });
    const reasons = (await db().auditEntry.findMany({ where: { action: "sign-in", outcome: "FAILED" } })).map((a) => JSON.parse(a.detail!).reason);
    expect(reasons).toEqual(expect.arrayContaining(["wrong-password", "unknown-user", "inactive"]));
    // The password itself is never written anywhere.
    const everything = JSON.stringify(await db().auditEntry.findMany());
    expect(everything).not.toContain("Demo@36a");
    expect(everything).not.toContain("nope");
  });

  it("locks an account for the address that failed, even for the right password, with the time to wait", async () => {
    const from = "10.0.1.1";
    for (let i = 0; i < LOCKOUT.perAccountAndAddress; i++) {
      expect(await authenticate({ username: "btnmt", password: `wrong-${i}` }, from, noDelay)).toMatchObject({ reason: "invalid" });
    }
    const locked = await authenticate({ username: "btnmt", password: "Demo@36a" }, from, noDelay);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    expect(locked.ok === false && locked.retryAfterSeconds).toBeGreaterThan(800);
    expect((await audits("btnmt")).at(-1)).toMatchObject({ outcome: "REFUSED" });
  });

  it("locks an address that tries many accounts", async () => {
    const from = address();
    for (let i = 0; i < LOCKOUT.perAddress; i++) await authenticate({ username: `guess-${i}`, password: "x" }, from, noDelay);
    expect(await authenticate({ username: "admin", password: "Demo@36a" }, from, noDelay)).toMatchObject({ reason: "locked" });
    expect(await authenticate({ username: "admin", password: "Demo@36a" }, address(), noDelay)).toMatchObject({ ok: true });
  });
});

describe("session", () => {
  // A session token as next-auth writes it at sign-in: the user's id and their new session row's id.
  // The account as the sign-in found it: its id and the hash its password was checked against.
  const signedIn = (id: string) => db().user.findUniqueOrThrow({ where: { id }, select: { id: true, passwordHash: true } });
  const token = async (sub: string, maxAge = 3600) => encode({ token: { sub, sid: await openSession(await signedIn(sub), { address: "10.0.9.9" }) }, secret: SECRET, maxAge });

  it("reads role and agency from the database at each request", async () => {
    const session = await token("user-btc");
    expect(await userFromSessionToken(session)).toMatchObject({ role: "AGENCY_EDITOR", agencyCode: "BTC" });
    await db().user.update({ where: { id: "user-btc" }, data: { role: "LEADER", agencyId: null } });
    expect(await userFromSessionToken(session)).toMatchObject({ role: "LEADER", agencyCode: null });
    await db().user.update({ where: { id: "user-btc" }, data: { role: "AGENCY_EDITOR", agencyId: "agency-BTC" } });
  });

  it("opens no session when the password was reset or the account deactivated while it was being checked", async () => {
    const before = await signedIn("user-vpcp");
    await db().user.update({ where: { id: "user-vpcp" }, data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$reset$reset" } });
    await expect(openSession(before, { address: "10.0.9.9" })).rejects.toThrow(SessionNotOpenedError);
    await db().user.update({ where: { id: "user-vpcp" }, data: { passwordHash: before.passwordHash, active: false } });
    await expect(openSession(before, { address: "10.0.9.9" })).rejects.toThrow(SessionNotOpenedError);
    await db().user.update({ where: { id: "user-vpcp" }, data: { active: true } });
    expect(await db().session.count({ where: { userId: "user-vpcp" } })).toBe(0);
  });

  it("a sign-in whose session is opened while a reset is being written waits for it, and is then refused", async () => {
    const before = await signedIn("user-btnmt");
    let opened!: Promise<string>;
    // The reset's transaction holds the account's row; the session's check waits for it, then sees the new hash.
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: "user-btnmt" }, data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$new$new" } });
      opened = openSession(before, { address: "10.0.9.9" });
      opened.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.session.updateMany({ where: { userId: "user-btnmt", endedAt: null }, data: { endedAt: new Date(), endedReason: "password-reset" } });
    });
    await expect(opened).rejects.toThrow(SessionNotOpenedError);
    expect(await db().session.count({ where: { userId: "user-btnmt", endedAt: null } })).toBe(0);
  });

  it("refuses a deactivated user's existing session at the next request", async () => {
    const session = await token("user-leader");
    expect(await userFromSessionToken(session)).not.toBeNull();
    await db().user.update({ where: { id: "user-leader" }, data: { active: false } });
    expect(await userFromSessionToken(session)).toBeNull();
  });

  it("refuses an expired, forged or foreign token, and demo users outside demo mode", async () => {
    expect(await userFromSessionToken(await token("user-analyst", -60))).toBeNull();
    const sid = await openSession(await signedIn("user-analyst"), { address: "10.0.9.9" });
    expect(await userFromSessionToken(await encode({ token: { sub: "user-analyst", sid }, secret: "another-secret-entirely-0123456789abcdef" }))).toBeNull();
    expect(await userFromSessionToken("not-a-token")).toBeNull();
    const good = await token("user-analyst");
    expect(await userFromSessionToken(good)).not.toBeNull();
    process.env.APP_MODE = "production";
    expect(await userFromSessionToken(good)).toBeNull();
  });
});
