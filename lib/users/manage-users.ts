import "server-only";
import { unlockAccount } from "@/lib/auth/lockout";
import { hashPassword } from "@/lib/auth/password";
import { canManageUsers } from "@/lib/domain/permissions";
import { endSessions } from "@/lib/auth/sessions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse, unlessTaken } from "@/lib/commands/refusal";
import { lockName, lockUser } from "@/lib/data/locks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { CreateUserSchema, EndSessionsSchema, ResetPasswordSchema, UnlockSchema, UpdateUserSchema } from "./user-schemas";

// Every action here is the admin's, and each is audited with the account it was about.

/** The agency's id for a code; null for none given; a refusal naming the field for an unknown one. */
async function agencyIdOf(tx: Prisma.TransactionClient, code: string | undefined, target: string | null): Promise<string | null> {
  if (!code) return null;
  const agency = await tx.agency.findUnique({ where: { code }, select: { id: true } });
  if (!agency) throw refuse.field("agencyCode", "agency", target);
  return agency.id;
}

/** The account a command is about, locked until the command commits. */
async function targetUser(tx: Prisma.TransactionClient, userId: string) {
  await lockUser(tx, userId);
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true, role: true, active: true, agencyId: true } });
  if (!user) throw refuse.notFound(userId);
  return user;
}

/**
 * Before an admin demotes or deactivates another: admins losing that role are changed one at a time,
 * and only by someone still an active admin when it happens. Two admins removing each other at once
 * would otherwise both succeed (each checked with the other still in place) and leave none.
 */
async function stillAdmin(tx: Prisma.TransactionClient, actorId: string, target: string): Promise<void> {
  await lockName(tx, "admins");
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true, active: true } });
  if (actor?.role !== "ADMIN" || !actor.active) throw refuse.forbidden(target, "no-longer-admin");
}

/** A new account with its role, agency (for an editor) and first password. */
export const createUser = defineCommand({
  name: "user.create",
  schema: CreateUserSchema,
  authorize: canManageUsers,
  prepare: (input) => hashPassword(input.password),
  async run({ input, tx, prepared: passwordHash }) {
    const agencyId = await agencyIdOf(tx, input.agencyCode, input.username);
    const taken = () => refuse.field("username", "usernameTaken", input.username);
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) throw taken();
    const user = await unlessTaken(
      tx.user.create({
        data: { username: input.username, displayName: input.displayName, email: input.email ?? null, role: input.role, agencyId, passwordHash },
        select: { id: true },
      }),
      taken,
    );
    return { result: {}, target: input.username, detail: { id: user.id, role: input.role, agency: input.agencyCode ?? null } };
  },
});

/** Role, agency and active flag. A change applies at the user's next request; deactivation signs them out. */
export const updateUser = defineCommand({
  name: "user.update",
  schema: UpdateUserSchema,
  authorize: canManageUsers,
  async run({ actor, input, tx }) {
    // An admin cannot lock themselves out: their own role and active flag stay.
    if (input.userId === actor.id && (input.role !== "ADMIN" || !input.active)) throw refuse.field("role", "notSelf", actor.username);
    const target = await targetUser(tx, input.userId);
    if (target.role === "ADMIN" && target.active && (input.role !== "ADMIN" || !input.active)) await stillAdmin(tx, actor.id, target.username);
    const agencyId = await agencyIdOf(tx, input.agencyCode, target.username);
    await tx.user.update({ where: { id: target.id }, data: { role: input.role, agencyId, active: input.active } });
    if (!input.active) await endSessions({ userId: target.id }, "deactivated", tx);
    return {
      result: {},
      target: target.username,
      detail: { from: { role: target.role, active: target.active, agencyId: target.agencyId }, to: { role: input.role, active: input.active, agencyId } },
    };
  },
});

/** Sets a new password, which the admin passes on; the old one, and every session, end at once. */
export const resetPassword = defineCommand({
  name: "user.password",
  schema: ResetPasswordSchema,
  authorize: canManageUsers,
  prepare: (input) => hashPassword(input.password),
  async run({ input, tx, prepared: passwordHash }) {
    const target = await targetUser(tx, input.userId);
    await tx.user.update({ where: { id: target.id }, data: { passwordHash, demo: false } });
    await endSessions({ userId: target.id }, "password-reset", tx);
    return { result: {}, target: target.username };
  },
});

/** Signs all of an account's browsers out at their next request. */
export const endUserSessions = defineCommand({
  name: "user.sessions.end",
  schema: EndSessionsSchema,
  authorize: canManageUsers,
  async run({ input, tx }) {
    const target = await targetUser(tx, input.userId);
    const count = await endSessions({ userId: target.id }, "ended-by-admin", tx);
    return { result: {}, target: target.username, detail: { count } };
  },
});

/** Lifts a sign-in lock: the account's failures so far, from any address, no longer count. */
export const unlockUser = defineCommand({
  name: "user.unlock",
  schema: UnlockSchema,
  authorize: canManageUsers,
  async run({ input, tx }) {
    const target = await targetUser(tx, input.userId);
    // Sign-in attempts are stamped with the real clock (never the demo's), and so is the unlock.
    await unlockAccount(target.id, tx);
    return { result: {}, target: target.username };
  },
});

export async function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: { id: true, username: true, displayName: true, email: true, role: true, active: true, demo: true, agency: { select: { code: true, shortName: true } } },
  });
}
