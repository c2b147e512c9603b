import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json } from "@/lib/api/problem";
import { listLiveSessions } from "@/lib/auth/sessions";

/** GET /api/v1/sessions: the caller's own signed-in browsers, newest use first. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/sessions", {
  GET: apiRoute(async ({ caller }) => {
    const sessions = await listLiveSessions(caller.user.id);
    return json({
      data: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        address: session.address,
        userAgent: session.userAgent,
        current: session.id === caller.user.sessionId,
      })),
    });
  }),
});
