import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit-log";
import { db } from "@/lib/db";
import { loadEnv } from "@/lib/env";
import { plainString } from "@/lib/validation/form-fields";
import { attemptSucceeded, claimAttempt, failureDelayMs } from "./lockout";
import { verifyDecoy, verifyPassword } from "./password";

export const SignInSchema = z.object({
  username: plainString("invalid").trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type SignInFailure = "invalid" | "locked" | "demo-disabled";
export type SignInResult =
  | { ok: true; user: { id: string; username: string; displayName: string; passwordHash: string } }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a username and password. Every attempt outside a lock is recorded (for the lockout), and
 * every attempt audited. A wrong
 * password, an unknown user and a deactivated one all answer "invalid", after the same work, so the
 * answer does not tell which accounts exist.
 */
export async function authenticate(input: unknown, address: string, options: { delay?: boolean } = {}): Promise<SignInResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { username, password } = parsed.data;

  // The attempt is recorded as a failure here, before the password is checked (lib/auth/lockout.ts).
  const lock = await claimAttempt(username, address);
  if (lock.attemptId === null) {
    // Audited, not counted: an attempt during the lock does not make it last longer.
    await audit({ action: "sign-in", outcome: "REFUSED", username, address, detail: { reason: "locked" } });
    return { ok: false, reason: "locked", retryAfterSeconds: lock.retryAfterSeconds };
  }

  const user = await db().user.findUnique({
    where: { username },
    select: { id: true, username: true, displayName: true, passwordHash: true, active: true, demo: true },
  });
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : (await verifyDecoy(password), false);

  if (user && passwordOk && user.active && user.demo && loadEnv().APP_MODE !== "demo") {
    await audit({ action: "sign-in", outcome: "REFUSED", userId: user.id, username, address, detail: { reason: "demo-disabled" } });
    return { ok: false, reason: "demo-disabled" };
  }
  if (!user || !passwordOk || !user.active) {
    await audit({
      action: "sign-in",
      outcome: "FAILED",
      userId: user?.id,
      username,
      address,
      detail: { reason: !user ? "unknown-user" : !passwordOk ? "wrong-password" : "inactive" },
    });
    if (options.delay !== false) await sleep(failureDelayMs(lock.failures));
    return { ok: false, reason: "invalid" };
  }
  await attemptSucceeded(lock.attemptId);
  await audit({ action: "sign-in", outcome: "OK", userId: user.id, username, address });
  // The hash the password matched goes with the result: the session opens only if it is still the account's.
  return { ok: true, user: { id: user.id, username: user.username, displayName: user.displayName, passwordHash: user.passwordHash } };
}
