import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockName } from "@/lib/data/locks";
import { db } from "@/lib/db";

// Five wrong passwords for one account from one address, or twenty from one address for any accounts,
// within fifteen minutes lock further attempts from that address until the window has passed. The
// lock is per address so that strangers cannot lock a colleague out by guessing at their username;
// what slows a guesser spread over many addresses is the delay, which grows with the account's
// failures from anywhere. Attempts made while locked are refused without counting, so they never
// extend the lock. An admin's unlock sets a mark on the account instead of deleting attempts: the
// record of who tried what stays whole.
export const LOCKOUT = {
  windowMs: 15 * 60_000,
  perAccountAndAddress: 5,
  perAddress: 20,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
} as const;

export type LockState = { locked: boolean; retryAfterSeconds: number; failures: number };

type Client = Prisma.TransactionClient;

const failed = (client: Client, where: Prisma.SignInAttemptWhereInput, since: Date, take: number) =>
  client.signInAttempt.findMany({ where: { ...where, succeeded: false, at: { gt: since } }, orderBy: { at: "asc" }, select: { at: true }, take });

/**
 * Failures in the window: of this account from this address, from this address, and of this account.
 * Only those after an admin's unlock of the account count for it, so an unlock lifts both kinds of lock.
 */
export async function lockState(username: string, address: string, now: Date = new Date(), client: Client = db()): Promise<LockState> {
  const account = await client.user.findUnique({ where: { username }, select: { signInUnlockedAt: true } });
  const windowStart = now.getTime() - LOCKOUT.windowMs;
  const since = new Date(Math.max(windowStart, account?.signInUnlockedAt?.getTime() ?? windowStart));
  // One after another: inside a transaction the statements share one connection anyway.
  const pair = await failed(client, { username, address }, since, LOCKOUT.perAccountAndAddress);
  const byAddress = await failed(client, { address }, since, LOCKOUT.perAddress);
  const byAccount = await client.signInAttempt.count({ where: { username, succeeded: false, at: { gt: since } } });
  const retryAfter = (oldest: Date) => Math.max(1, Math.ceil((oldest.getTime() + LOCKOUT.windowMs - now.getTime()) / 1000));
  if (pair.length >= LOCKOUT.perAccountAndAddress) return { locked: true, retryAfterSeconds: retryAfter(pair[0].at), failures: byAccount };
  if (byAddress.length >= LOCKOUT.perAddress) return { locked: true, retryAfterSeconds: retryAfter(byAddress[0].at), failures: byAccount };
  return { locked: false, retryAfterSeconds: 0, failures: byAccount };
}

/** How long to hold a failed answer: doubling with each recent failure of the account, capped. */
export function failureDelayMs(failures: number): number {
  return Math.min(LOCKOUT.maxDelayMs, LOCKOUT.baseDelayMs * 2 ** Math.max(0, failures));
}

export type Claim = LockState & { attemptId: string | null };

/**
 * Checks the lock and, when it is open, records this attempt as a failure in the same transaction,
 * before the password is checked. The transaction holds a lock on the address (which both limits
 * count by), on every app instance alike: simultaneous attempts are counted one after another, so
 * twenty guesses sent at once still get five. The attempt is marked succeeded afterwards if the
 * password was right.
 */
export function claimAttempt(username: string, address: string, now: Date = new Date()): Promise<Claim> {
  return db().$transaction(async (tx) => {
    await lockName(tx, `sign-in:${address}`);
    const state = await lockState(username, address, now, tx);
    if (state.locked) return { ...state, attemptId: null };
    const attempt = await tx.signInAttempt.create({
      data: { username: username.slice(0, 100), address: address.slice(0, 100), succeeded: false, at: now },
      select: { id: true },
    });
    return { ...state, attemptId: attempt.id };
  });
}

export async function attemptSucceeded(attemptId: string): Promise<void> {
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Usernames locked from at least one address now, counting only failures after an admin's unlock. */
export async function lockedUsernames(now: Date = new Date()): Promise<string[]> {
  const windowStart = new Date(now.getTime() - LOCKOUT.windowMs);
  const lockedPairs = (where: Prisma.SignInAttemptWhereInput) =>
    db().signInAttempt.groupBy({ by: ["username", "address"], where: { ...where, succeeded: false }, having: { username: { _count: { gte: LOCKOUT.perAccountAndAddress } } } });
  const names = [...new Set((await lockedPairs({ at: { gt: windowStart } })).map((row) => row.username))];
  if (names.length === 0) return names;
  const unlocked = await db().user.findMany({ where: { username: { in: names }, signInUnlockedAt: { gt: windowStart } }, select: { username: true, signInUnlockedAt: true } });
  if (unlocked.length === 0) return names;
  const relocked = new Set((await lockedPairs({ OR: unlocked.map((user) => ({ username: user.username, at: { gt: user.signInUnlockedAt! } })) })).map((row) => row.username));
  const wasUnlocked = new Set(unlocked.map((user) => user.username));
  return names.filter((name) => !wasUnlocked.has(name) || relocked.has(name));
}

/** An admin's unlock: the account's failures so far, from any address, no longer lock it out. */
export async function unlockAccount(userId: string, tx: Client, now: Date = new Date()): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { signInUnlockedAt: now } });
}
