import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { db } from "@/lib/db";
import type { SessionUser } from "./permissions";
import { endSessions } from "./sessions";

export type EndSessionResult = { ok: true; current: boolean } | { ok: false; kind: "unauthenticated" | "not-found" };

/**
 * A user ends one of their own sessions (a browser left signed in elsewhere). Another user's session,
 * an ended one and a made-up id are all "not found": the answer tells nothing about others' sessions.
 */
export async function endOwnSession(actor: SessionUser | null, sessionId: unknown, context: { address?: string } = {}): Promise<EndSessionResult> {
  const id = typeof sessionId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(sessionId) ? sessionId : null;
  const base = { action: "session.end", userId: actor?.id, username: actor?.username, address: context.address, target: id?.slice(0, 8) ?? null };
  if (!actor) {
    await audit({ ...base, outcome: "REFUSED", detail: { reason: "unauthenticated" } });
    return { ok: false, kind: "unauthenticated" };
  }
  const ended = id
    ? await db().$transaction(async (tx) => {
        const count = await endSessions({ id, userId: actor.id }, "ended-by-user", tx);
        if (count) await audit({ ...base, outcome: "OK" }, tx);
        return count;
      })
    : 0;
  if (!ended) {
    await audit({ ...base, outcome: "REFUSED", detail: { reason: "not-found" } });
    return { ok: false, kind: "not-found" };
  }
  return { ok: true, current: id === actor.sessionId };
}
