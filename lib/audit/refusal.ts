import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { audit } from "./audit-log";

/**
 * For one action of one user: a function that logs a refusal (who, on what, why) and hands back the
 * result to return, so that every refused request leaves a trace and nothing else.
 */
export function refuser(actor: SessionUser | null, action: string, context: { address?: string }) {
  return async <R>(result: R, target: string | null, detail: Record<string, unknown>): Promise<R> => {
    await audit({ action, outcome: "REFUSED", userId: actor?.id, username: actor?.username, address: context.address, target, detail });
    return result;
  };
}
