import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { clientAddress } from "@/lib/http/client-address";
import { fromThisSite } from "@/lib/http/same-origin";
import type { SessionUser } from "@/lib/domain/permissions";
import { currentUser, loadActiveUser } from "@/lib/auth/session";
import { problem } from "./problem";
import { rateLimit } from "./rate-limit";
import { tokenOwner } from "./tokens";

export type Caller = { user: SessionUser; via: "session" | "token"; address: string };
type Messages = (key: string, values?: Record<string, string | number>) => string;


const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Who is calling the API: a bearer token (for agencies' systems) or the browser session. A session
 * may change data only from this site's own pages: a cross-origin request carrying the cookie is
 * refused (CSRF), a token request is not subject to that. Returns the caller or the problem to answer.
 */
export async function apiCaller(request: Request, t: Messages): Promise<Caller | Response> {
  const address = clientAddress(request.headers);
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];

  const tooMany = async (key: string) => {
    const wait = await rateLimit(key);
    return wait > 0 ? problem(429, t("api.tooMany"), t("api.tooManyDetail", { seconds: wait }), {}, { "retry-after": String(wait) }) : null;
  };

  if (authorization) {
    const owner = bearer ? await tokenOwner(bearer) : null;
    const user = owner ? await loadActiveUser(owner.userId) : null;
    // A valid token has its own allowance; a bad one is counted against the address, so that made-up
    // tokens, each new, neither escape the limit nor fill the audit log.
    const limited = await tooMany(user ? `token:${owner!.tokenId}` : `address:${address}`);
    if (limited) return limited;
    if (!user) {
      await audit({ action: "api.auth", outcome: "REFUSED", address, detail: { reason: "bad-token" } });
      return problem(401, t("api.unauthenticated"), t("api.badToken"), {}, { "www-authenticate": 'Bearer realm="api"' });
    }
    return { user, via: "token", address };
  }

  const limited = await tooMany(`address:${address}`);
  if (limited) return limited;

  const user = await currentUser();
  if (!user) return problem(401, t("api.unauthenticated"), t("api.signInOrToken"), {}, { "www-authenticate": 'Bearer realm="api"' });
  if (MUTATING.has(request.method)) {
    // The whole origin (scheme, host and port) must be the one the request was sent to: https://host
    // is another site than http://host, and may be an attacker's page on a shared name.
    if (!fromThisSite(request.headers)) {
      const origin = request.headers.get("origin")?.slice(0, 200) ?? null;
      await audit({ action: "api.csrf", outcome: "REFUSED", userId: user.id, username: user.username, address, detail: { origin } });
      return problem(403, t("api.forbidden"), t("api.crossOrigin"));
    }
  }
  return { user, via: "session", address };
}
