import { NextResponse, type NextRequest } from "next/server";
import { databaseState } from "@/lib/database/database-state";

// Paths that answer without a session: the sign-in page, next-auth's own routes, the setup page, and
// the API (which answers 401 itself, as problem+json).
const PUBLIC = [/^\/sign-in$/, /^\/api\/auth\//, /^\/setup$/, /^\/api\/v1\//];
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

// While the database is missing or not migrated, every page shows what to run. Without a session
// cookie a page goes to the sign-in page at once. Both are conveniences: the real checks are in every
// page, action and route handler (lib/auth/session.ts), never only here.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/setup") return NextResponse.next();
  if (databaseState().kind !== "ready") return NextResponse.rewrite(new URL("/setup", request.url), { status: 503 });
  if (PUBLIC.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    if (pathname.startsWith("/api/") || pathname === "/tasks/export") return NextResponse.next();
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
