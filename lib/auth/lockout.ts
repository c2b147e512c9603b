import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

// Five wrong passwords for one account from one address, or twenty from one address for any accounts,
// within fifteen minutes lock further attempts from that address until the window has passed. The
// lock is per address so that strangers cannot lock a colleague out by guessing at their username;
// what slows a guesser spread over many addresses is the delay, which grows with the account's
// failures from anywhere. Attempts made while locked are refused without counting, so they never
// extend the lock.
export const LOCKOUT = {
  windowMs: 15 * 60_000,
  perAccountAndAddress: 5,
  perAddress: 20,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
} as const;

export type LockState = { locked: boolean; retryAfterSeconds: number; failures: number };

const failed = (where: Prisma.SignInAttemptWhereInput, since: Date, take: number) =>
  db().signInAttempt.findMany({ where: { ...where, succeeded: false, at: { gt: since } }, orderBy: { at: "asc" }, select: { at: true }, take });

/** Failures in the window: of this account from this address, from this address, and of this account. */
export async function lockState(username: string, address: string, now: Date = new Date()): Promise<LockState> {
  const since = new Date(now.getTime() - LOCKOUT.windowMs);
  const [pair, byAddress, byAccount] = await Promise.all([
    failed({ username, address }, since, LOCKOUT.perAccountAndAddress),
    failed({ address }, since, LOCKOUT.perAddress),
    db().signInAttempt.count({ where: { username, succeeded: false, at: { gt: since } } }),
  ]);
  const retryAfter = (oldest: Date) => Math.max(1, Math.ceil((oldest.getTime() + LOCKOUT.windowMs - now.getTime()) / 1000));
  if (pair.length >= LOCKOUT.perAccountAndAddress) return { locked: true, retryAfterSeconds: retryAfter(pair[0].at), failures: byAccount };
  if (byAddress.length >= LOCKOUT.perAddress) return { locked: true, retryAfterSeconds: retryAfter(byAddress[0].at), failures: byAccount };
  return { locked: false, retryAfterSeconds: 0, failures: byAccount };
}

/** How long to hold a failed answer: doubling with each recent failure of the account, capped. */
export function failureDelayMs(failures: number): number {
  return Math.min(LOCKOUT.maxDelayMs, LOCKOUT.baseDelayMs * 2 ** Math.max(0, failures));
}

export async function recordAttempt(username: string, address: string, succeeded: boolean, at: Date = new Date()): Promise<void> {
  await db().signInAttempt.create({ data: { username: username.slice(0, 100), address: address.slice(0, 100), succeeded, at } });
}

/** Usernames locked from at least one address now (for the admin's list of users). */
export async function lockedUsernames(now: Date = new Date()): Promise<string[]> {
  const rows = await db().signInAttempt.groupBy({
    by: ["username", "address"],
    where: { succeeded: false, at: { gt: new Date(now.getTime() - LOCKOUT.windowMs) } },
    having: { username: { _count: { gte: LOCKOUT.perAccountAndAddress } } },
  });
  return rows.map((row) => row.username).filter((name, index, all) => all.indexOf(name) === index);
}

/** An admin's unlock: the account's recent failures no longer count, from any address. */
export async function clearFailures(username: string, tx: Prisma.TransactionClient): Promise<number> {
  const cleared = await tx.signInAttempt.deleteMany({ where: { username, succeeded: false } });
  return cleared.count;
}
