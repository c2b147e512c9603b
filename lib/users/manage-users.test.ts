import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { createUser, resetPassword, updateUser } from "./manage-users";

const users: Record<string, SessionUser> = {};
const everyone = () => db().user.findMany({ orderBy: { id: "asc" } });

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
  process.env.APP_MODE = "demo";
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

const newEditor = { username: "btp.editor", displayName: "Cán bộ Bộ Tư pháp", role: "AGENCY_EDITOR", agencyCode: "BTP", password: "MatKhau2026" };

describe("user management", () => {
  it.each([["no session", null], ["analyst", "analyst"], ["leader", "leader"], ["an agency editor", "btc"]])(
    "refuses %s for every action, changing nothing",
    async (_label, who) => {
      const actor = who ? users[who] : null;
      const before = await everyone();
      expect(await createUser(actor, newEditor)).toMatchObject({ ok: false });
      expect(await updateUser(actor, { userId: "user-leader", role: "ADMIN", active: "true" })).toMatchObject({ ok: false });
      expect(await resetPassword(actor, { userId: "user-admin", password: "Chiem2026quyen" })).toMatchObject({ ok: false });
      expect(await everyone()).toEqual(before);
      expect(await db().auditEntry.count({ where: { outcome: "REFUSED", action: { startsWith: "user." }, userId: actor?.id ?? null } })).toBeGreaterThanOrEqual(3);
    },
  );

  it("lets the admin create an agency editor who can then sign in", async () => {
    expect(await createUser(users.admin, newEditor)).toEqual({ ok: true });
    const created = await db().user.findUniqueOrThrow({ where: { username: "btp.editor" }, include: { agency: true } });
    expect(created).toMatchObject({ role: "AGENCY_EDITOR", demo: false, agency: { code: "BTP" } });
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticate({ username: "btp.editor", password: "MatKhau2026" }, "10.1.1.1", { delay: false })).toMatchObject({ ok: true });
  });

  it("says what is wrong with a new account, field by field", async () => {
    expect(await createUser(users.admin, { ...newEditor })).toMatchObject({ kind: "invalid", errors: { username: ["usernameTaken"] } });
    expect(await createUser(users.admin, { ...newEditor, username: "X", password: "short" })).toMatchObject({
      kind: "invalid",
      errors: { username: ["username"], password: ["passwordShort", "passwordWeak"] },
    });
    expect(await createUser(users.admin, { ...newEditor, username: "khong.co.quan", agencyCode: "" })).toMatchObject({
      errors: { agencyCode: ["agencyRequired"] },
    });
    expect(await createUser(users.admin, { ...newEditor, username: "khong.co", agencyCode: "NOPE" })).toMatchObject({ errors: { agencyCode: ["agency"] } });
  });

  it("deactivates and demotes, effective at the user's next request; never the admin themselves", async () => {
    expect(await updateUser(users.admin, { userId: "user-analyst", role: "LEADER", active: "true" })).toEqual({ ok: true });
    expect(await loadActiveUser("user-analyst", true)).toMatchObject({ role: "LEADER" });
    expect(await updateUser(users.admin, { userId: "user-analyst", role: "ANALYST", active: "false" })).toEqual({ ok: true });
    expect(await loadActiveUser("user-analyst", true)).toBeNull();
    expect(await updateUser(users.admin, { userId: "user-admin", role: "ADMIN", active: "false" })).toMatchObject({ errors: { role: ["notSelf"] } });
  });

  it("resets a password: the old one stops working at once", async () => {
    expect(await resetPassword(users.admin, { userId: "user-leader", password: "MoiHon2026x" })).toEqual({ ok: true });
    expect(await authenticate({ username: "leader", password: "Demo@36a" }, "10.1.1.2", { delay: false })).toMatchObject({ ok: false });
    expect(await authenticate({ username: "leader", password: "MoiHon2026x" }, "10.1.1.3", { delay: false })).toMatchObject({ ok: true });
  });
});
