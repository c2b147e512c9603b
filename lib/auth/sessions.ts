import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

/** A session lasts a working day; signing in again is needed after that. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Half an hour without a request ends a session (a shared office computer left signed in). */
export const SESSION_IDLE_MS = 30 * 60_000;
// Last-seen is written at most once a minute per session, not on every request.
const TOUCH_EVERY_MS = 60_000;

export type SessionEndReason = "sign-out" | "ended-by-user" | "ended-by-admin" | "password-reset" | "deactivated" | "idle";

/** The password a sign-in was checked against changed, or the account was deactivated, meanwhile. */
export class SessionNotOpenedError extends Error {
  constructor() {
    super("the account changed while signing in");
    this.name = "SessionNotOpenedError";
  }
}

/**
 * A new session row for a user who has just signed in with the password whose hash is
 * `checkedHash`; its id goes into the session token. The user's row is read again, and held, in the
 * session's own transaction: an admin's password reset or deactivation that lands while the password
 * was being checked either refuses this session, or waits and then ends it with the others.
 */
export async function openSession(user: { id: string; passwordHash: string }, client: { address: string; userAgent?: string | null }, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db().$transaction(async (tx) => {
    const still = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM "User" WHERE "id" = ${user.id} AND "active" AND "passwordHash" = ${user.passwordHash} FOR SHARE`;
    if (still.length === 0) throw new SessionNotOpenedError();
    await tx.session.create({
      data: {
        id,
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
        address: client.address.slice(0, 100),
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      },
    });
  });
  return id;
}

/**
 * Whether a session is live for this user: not ended, not past its day, not idle. An idle one is
 * ended on the spot; a live one's last-seen moves on. Returns false for anything else.
 */
export async function touchSession(session: { id: string; userId: string; lastSeenAt: Date; expiresAt: Date; endedAt: Date | null }, userId: string, now = new Date()): Promise<boolean> {
  if (session.userId !== userId || session.endedAt || session.expiresAt <= now) return false;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS) {
    await endSessions({ id: session.id }, "idle", db(), now);
    return false;
  }
  if (idle > TOUCH_EVERY_MS) await db().session.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: now } });
  return true;
}

/** Ends the live sessions that match (one by id, or all of a user's); how many were ended. */
export async function endSessions(where: { id?: string; userId?: string }, reason: SessionEndReason, tx: Prisma.TransactionClient = db(), now = new Date()): Promise<number> {
  const ended = await tx.session.updateMany({ where: { ...where, endedAt: null }, data: { endedAt: now, endedReason: reason } });
  return ended.count;
}

/** A user's live sessions, most recently used first (at most 50: older ones expire within a day). */
export async function listLiveSessions(userId: string, now = new Date()) {
  return db().session.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, address: true, userAgent: true },
  });
}

/** How many live sessions each of these users has (for the admin's list). */
export async function liveSessionCounts(now = new Date()): Promise<Record<string, number>> {
  const rows = await db().session.groupBy({
    by: ["userId"],
    where: { endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [row.userId, row._count._all]));
}
