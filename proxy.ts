import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { databaseState } from "@/lib/database/database-state";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { fromThisSite } from "@/lib/http/same-origin";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

// Paths that answer without a session: the sign-in page, next-auth's own routes, the setup page, and
// the API (which answers 401 itself, as problem+json).
const PUBLIC = [/^\/sign-in$/, /^\/icon\.svg$/, /^\/api\/auth\//, /^\/setup$/, /^\/api\/v1\//];

// While the database is missing or not migrated, every page shows what to run. Without a session
// cookie a page goes to the sign-in page at once. Both are conveniences: the real checks are in every
// page, action and route handler (lib/auth/session.ts), never only here. Every answer carries the
// Content-Security-Policy with a nonce of its own.
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // Served over https (the public address says so): browsers are told to keep to https.
  const https = process.env.NEXTAUTH_URL?.startsWith("https:") === true;
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    return response;
  };

  const { pathname, search } = request.nextUrl;
  if (pathname !== "/setup" && pathname !== "/api/health" && pathname !== "/api/ready" && (await databaseState()).kind !== "ready") {
    if (pathname.startsWith("/api/")) return secure(unavailable(request));
    return secure(NextResponse.rewrite(new URL("/setup", request.url), { status: 503, request: { headers } }));
  }
  // A form or server action posted from another origin (Next.js compares only the host: not
  // https://host against http://host) changes nothing; next-auth's and the API's routes check their own.
  if (request.method === "POST" && !pathname.startsWith("/api/") && request.headers.has("origin") && !fromThisSite(request.headers)) {
    return secure(refuseForeign(request));
  }
  const open = pathname === "/setup" || PUBLIC.some((pattern) => pattern.test(pathname));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!open && !hasSession && !pathname.startsWith("/api/") && pathname !== "/tasks/export") {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return secure(NextResponse.redirect(signIn));
  }
  return secure(NextResponse.next({ request: { headers } }));
}

const messagesOf = (request: NextRequest) => (/^\s*en\b/i.test(request.headers.get("accept-language") ?? "") ? en : vi);

function refuseForeign(request: NextRequest): NextResponse {
  const { api } = messagesOf(request);
  return new NextResponse(`${api.forbidden}. ${api.crossOrigin}`, { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** The API's answer while the database is not ready: problem+json, in the caller's language. */
function unavailable(request: NextRequest): NextResponse {
  const { api } = messagesOf(request);
  const body = JSON.stringify({ type: "about:blank", status: 503, title: api.unavailable, detail: api.unavailableDetail });
  return new NextResponse(body, { status: 503, headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", "retry-after": "30" } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
