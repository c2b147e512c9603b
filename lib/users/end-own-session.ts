import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { endSessions } from "@/lib/auth/sessions";

/**
 * A user ends one of their own sessions (a browser left signed in elsewhere). Another user's session,
 * an ended one and a made-up id are all "not found": the answer tells nothing about others' sessions.
 */
export const endOwnSession = defineCommand({
  name: "session.end",
  // Any text: an id that could not be one is simply not found, like any other.
  schema: z.object({ sessionId: z.string({ error: "required" }) }),
  async run({ actor, input, tx, now }) {
    const target = input.sessionId.slice(0, 8).replace(/[^A-Za-z0-9_-]/g, "?");
    const ended = /^[A-Za-z0-9_-]{1,64}$/.test(input.sessionId) ? await endSessions({ id: input.sessionId, userId: actor.id }, "ended-by-user", tx, now) : 0;
    if (ended !== 1) throw refuse.notFound(target);
    return { result: { current: input.sessionId === actor.sessionId }, target };
  },
});
