import "server-only";
import { clientAddress } from "@/lib/http/client-address";
import { apiMessages } from "./messages";
import { problem } from "./problem";
import { rateLimit } from "./rate-limit";
import { auditedRefusal } from "./refusal";
import { allowedMethods, type ApiPath } from "./routes";

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response> | Response;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * A route's exports: its own handlers, and for every other method a 405 problem+json that names the
 * allowed ones (Allow, as RFC 9110 asks) and is audited. OPTIONS answers with the same list; HEAD
 * follows GET (Next.js derives it).
 */
export function apiMethods<P = Record<string, never>>(path: ApiPath, handlers: Partial<Record<Method, RouteHandler<P>>>): Record<Method | "OPTIONS", RouteHandler<P>> {
  const allow = allowedMethods(path).join(", ");
  const refuse: RouteHandler<P> = async (request) => {
    const { t } = await apiMessages(request);
    // Counted like any request, so that a flood of wrong methods is not a flood of audit rows.
    const wait = await rateLimit(`address:${clientAddress(request.headers)}`);
    if (wait > 0) return problem(429, t("api.tooMany"), t("api.tooManyDetail", { seconds: wait }), {}, { "retry-after": String(wait) });
    return auditedRefusal(request, null, problem(405, t("api.methodNotAllowed"), t("api.methodNotAllowedDetail", { methods: allow }), {}, { allow }), { reason: "method" });
  };
  return {
    GET: handlers.GET ?? refuse,
    POST: handlers.POST ?? refuse,
    PUT: handlers.PUT ?? refuse,
    PATCH: handlers.PATCH ?? refuse,
    DELETE: handlers.DELETE ?? refuse,
    OPTIONS: () => new Response(null, { status: 204, headers: { allow } }),
  };
}
