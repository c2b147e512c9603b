import { refusalProblem } from "@/lib/api/command-response";
import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { problem } from "@/lib/api/problem";
import { endOwnSession } from "@/lib/users/end-own-session";

/** DELETE /api/v1/sessions/{id}: ends one of the caller's own sessions; anyone else's is a 404. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods<{ id: string }>("/sessions/{id}", {
  DELETE: apiRoute<{ id: string }>(async ({ caller, params, t }) => {
    const result = await endOwnSession(caller.user, { sessionId: params.id }, { channel: "api", address: caller.address });
    if (result.ok) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
    return refusalProblem(result, t, { namespace: "profile", notFound: () => problem(404, t("api.notFound"), t("api.sessionNotFound")) });
  }),
});
