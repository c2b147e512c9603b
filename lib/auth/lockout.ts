import "server-only";
import { db } from "@/lib/db";

// Five wrong passwords for one account, or twenty from one address, within fifteen minutes lock
// further attempts until the window has passed; each failure before that waits a little longer.
export const LOCKOUT = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 20,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
} as const;

export type LockState = { locked: boolean; retryAfterSeconds: number; failures: number };

/** Failures in the window for the account and for the address; locked when either reaches its limit. */
export async function lockState(username: string, address: string, now: Date = new Date()): Promise<LockState> {
  const since = new Date(now.getTime() - LOCKOUT.windowMs);
  const [byAccount, byAddress] = await Promise.all([
    db().signInAttempt.findMany({
      where: { username, succeeded: false, at: { gt: since } },
      orderBy: { at: "asc" },
      select: { at: true },
      take: LOCKOUT.perAccount,
    }),
    db().signInAttempt.findMany({
      where: { address, succeeded: false, at: { gt: since } },
      orderBy: { at: "asc" },
      select: { at: true },
      take: LOCKOUT.perAddress,
    }),
  ]);
  const retryAfter = (oldest: Date) => Math.max(1, Math.ceil((oldest.getTime() + LOCKOUT.windowMs - now.getTime()) / 1000));
  if (byAccount.length >= LOCKOUT.perAccount) return { locked: true, retryAfterSeconds: retryAfter(byAccount[0].at), failures: byAccount.length };
  if (byAddress.length >= LOCKOUT.perAddress) return { locked: true, retryAfterSeconds: retryAfter(byAddress[0].at), failures: byAddress.length };
  return { locked: false, retryAfterSeconds: 0, failures: byAccount.length };
}

/** How long to hold a failed answer: doubling with each recent failure, capped. */
export function failureDelayMs(failures: number): number {
  return Math.min(LOCKOUT.maxDelayMs, LOCKOUT.baseDelayMs * 2 ** Math.max(0, failures));
}

export async function recordAttempt(username: string, address: string, succeeded: boolean, at: Date = new Date()): Promise<void> {
  await db().signInAttempt.create({ data: { username: username.slice(0, 100), address: address.slice(0, 100), succeeded, at } });
}
