import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { databaseState } from "@/lib/database/database-state";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

// Paths that answer without a session: the sign-in page, next-auth's own routes, the setup page, and
// the API (which answers 401 itself, as problem+json).
const PUBLIC = [/^\/sign-in$/, /^\/api\/auth\//, /^\/setup$/, /^\/api\/v1\//];

// While the database is missing or not migrated, every page shows what to run. Without a session
// cookie a page goes to the sign-in page at once. Both are conveniences: the real checks are in every
// page, action and route handler (lib/auth/session.ts), never only here. Every answer carries the
// Content-Security-Policy with a nonce of its own.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    return response;
  };

  const { pathname, search } = request.nextUrl;
  if (pathname !== "/setup" && databaseState().kind !== "ready") {
    return secure(NextResponse.rewrite(new URL("/setup", request.url), { status: 503, request: { headers } }));
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

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
