import { NextResponse, type NextRequest } from "next/server";
import { databaseState } from "@/lib/database/database-state";

// While the database is missing or not migrated, every page shows what to run, and no page's
// queries run at all. Access control never lives here: it is in the data layer and every action.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/setup") return NextResponse.next();
  if (databaseState().kind === "ready") return NextResponse.next();
  return NextResponse.rewrite(new URL("/setup", request.url), { status: 503 });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
