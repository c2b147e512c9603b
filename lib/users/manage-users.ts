import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { hashPassword } from "@/lib/auth/password";
import { unlockAccount } from "@/lib/auth/lockout";
import { canManageUsers, type SessionUser } from "@/lib/auth/permissions";
import { endSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { CreateUserSchema, ResetPasswordSchema, UpdateUserSchema, UserTargetSchema, fieldErrors, type UserFieldErrors } from "./user-schemas";

export type ManageResult = { ok: true } | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" } | { ok: false; kind: "invalid"; errors: UserFieldErrors };

type Context = { address?: string };

async function gate(actor: SessionUser | null, action: string, context: Context, target: string | null): Promise<ManageResult | null> {
  if (actor && canManageUsers(actor)) return null;
  await audit({ action, outcome: "REFUSED", userId: actor?.id, username: actor?.username, address: context.address, target, detail: { reason: actor ? "not-admin" : "unauthenticated" } });
  return { ok: false, kind: actor ? "forbidden" : "unauthenticated" };
}

async function agencyIdOf(code: string | undefined): Promise<string | null | undefined> {
  if (!code) return null;
  const agency = await db().agency.findUnique({ where: { code }, select: { id: true } });
  return agency?.id;
}

/** Admin only: a new account with its role, agency (for an editor) and first password. */
export async function createUser(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<ManageResult> {
  const refused = await gate(actor, "user.create", context, null);
  if (refused) return refused;
  const parsed = CreateUserSchema.safeParse(input);
  const invalid = async (errors: UserFieldErrors): Promise<ManageResult> => {
    await audit({ action: "user.create", outcome: "REFUSED", userId: actor!.id, username: actor!.username, address: context.address, detail: { reason: "invalid", fields: Object.keys(errors) } });
    return { ok: false, kind: "invalid", errors };
  };
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const agencyId = await agencyIdOf(parsed.data.agencyCode);
  if (agencyId === undefined) return invalid({ agencyCode: ["agency"] });
  if (await db().user.findUnique({ where: { username: parsed.data.username }, select: { id: true } })) return invalid({ username: ["usernameTaken"] });
  const passwordHash = await hashPassword(parsed.data.password);
  await db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { username: parsed.data.username, displayName: parsed.data.displayName, email: parsed.data.email ?? null, role: parsed.data.role, agencyId, passwordHash },
      select: { id: true },
    });
    await audit({ action: "user.create", outcome: "OK", userId: actor!.id, username: actor!.username, address: context.address, target: parsed.data.username, detail: { id: user.id, role: parsed.data.role, agency: parsed.data.agencyCode ?? null } }, tx);
  });
  return { ok: true };
}

/** Admin only: role, agency and active flag. A change applies at the user's next request. */
export async function updateUser(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<ManageResult> {
  const refused = await gate(actor, "user.update", context, null);
  if (refused) return refused;
  const parsed = UpdateUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", errors: fieldErrors(parsed.error) };
  const agencyId = await agencyIdOf(parsed.data.agencyCode);
  if (agencyId === undefined) return { ok: false, kind: "invalid", errors: { agencyCode: ["agency"] } };
  // An admin cannot lock themselves out: their own role and active flag stay.
  if (parsed.data.userId === actor!.id && (parsed.data.role !== "ADMIN" || !parsed.data.active)) {
    return { ok: false, kind: "invalid", errors: { role: ["notSelf"] } };
  }
  const target = await db().user.findUnique({ where: { id: parsed.data.userId }, select: { username: true, role: true, active: true, agencyId: true } });
  if (!target) return { ok: false, kind: "not-found" };
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: parsed.data.userId }, data: { role: parsed.data.role, agencyId, active: parsed.data.active } });
    // A deactivated user's browsers are signed out now, not when their sessions would have expired.
    if (!parsed.data.active) await endSessions({ userId: parsed.data.userId }, "deactivated", tx);
    await audit({
      action: "user.update", outcome: "OK", userId: actor!.id, username: actor!.username, address: context.address, target: target.username,
      detail: { from: { role: target.role, active: target.active, agencyId: target.agencyId }, to: { role: parsed.data.role, active: parsed.data.active, agencyId } },
    }, tx);
  });
  return { ok: true };
}

/** Admin only: sets a new password, which the admin passes on; the old one stops working at once. */
export async function resetPassword(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<ManageResult> {
  const refused = await gate(actor, "user.password", context, null);
  if (refused) return refused;
  const parsed = ResetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", errors: fieldErrors(parsed.error) };
  const target = await db().user.findUnique({ where: { id: parsed.data.userId }, select: { username: true } });
  if (!target) return { ok: false, kind: "not-found" };
  const passwordHash = await hashPassword(parsed.data.password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: parsed.data.userId }, data: { passwordHash, demo: false } });
    // Whoever knew the old password is signed out with it.
    await endSessions({ userId: parsed.data.userId }, "password-reset", tx);
    await audit({ action: "user.password", outcome: "OK", userId: actor!.id, username: actor!.username, address: context.address, target: target.username }, tx);
  });
  return { ok: true };
}

/**
 * Admin only, on one account: "sessions" signs all its browsers out at their next request; "unlock"
 * makes its failed sign-ins so far not count, so a lock set by someone guessing at it (or by others
 * failing from the same address) is lifted.
 */
export async function actOnAccount(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<ManageResult> {
  const parsed = UserTargetSchema.safeParse(input);
  const action = parsed.success ? (parsed.data.act === "sessions" ? "user.sessions.end" : "user.unlock") : "user.account";
  const refused = await gate(actor, action, context, null);
  if (refused) return refused;
  const base = { action, userId: actor!.id, username: actor!.username, address: context.address };
  if (!parsed.success) {
    await audit({ ...base, outcome: "REFUSED", detail: { reason: "invalid" } });
    return { ok: false, kind: "invalid", errors: fieldErrors(parsed.error) };
  }
  const target = await db().user.findUnique({ where: { id: parsed.data.userId }, select: { id: true, username: true } });
  if (!target) {
    await audit({ ...base, outcome: "REFUSED", target: parsed.data.userId, detail: { reason: "not-found" } });
    return { ok: false, kind: "not-found" };
  }
  await db().$transaction(async (tx) => {
    if (parsed.data.act === "sessions") {
      const count = await endSessions({ userId: target.id }, "ended-by-admin", tx);
      await audit({ ...base, outcome: "OK", target: target.username, detail: { count } }, tx);
    } else {
      await unlockAccount(target.id, tx);
      await audit({ ...base, outcome: "OK", target: target.username }, tx);
    }
  });
  return { ok: true };
}

export async function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: { id: true, username: true, displayName: true, email: true, role: true, active: true, demo: true, agency: { select: { code: true, shortName: true } } },
  });
}
