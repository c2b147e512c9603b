import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { databaseState } from "@/lib/database/database-state";
import { db } from "@/lib/db";
import { loadEnv, servedOverHttps } from "@/lib/env";
import type { RoleValue, SessionUser } from "@/lib/domain/permissions";

import { SESSION_COOKIES } from "./session-cookies";
import { touchSession } from "./sessions";

export class UnauthenticatedError extends Error {
  constructor() {
    super("Not signed in");
    this.name = "UnauthenticatedError";
  }
}

const USER_FIELDS = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  agencyId: true,
  active: true,
  demo: true,
  agency: { select: { code: true } },
} as const;

type SessionRow = { id: string; userId: string; lastSeenAt: Date; expiresAt: Date; endedAt: Date | null };
type UserRow = { id: string; username: string; displayName: string; role: string; agencyId: string | null; active: boolean; demo: boolean; agency: { code: string } | null };

function activeUser(user: UserRow | null, demoMode: boolean, sessionId: string | null): SessionUser | null {
  if (!user || !user.active || (user.demo && !demoMode)) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as RoleValue,
    agencyId: user.agencyId,
    agencyCode: user.agency?.code ?? null,
    sessionId,
  };
}

/**
 * The one place a request's user is decided: the session token is checked (signature, expiry), then
 * its session row (not ended, not idle, not past its day: lib/auth/sessions.ts) and the user's role,
 * agency and active flag are read from the database in one query, so that a sign-out, a demotion or a
 * deactivation applies at the user's next request. Null when there is no live session.
 */
export async function userFromSessionToken(token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  const env = loadEnv();
  let payload;
  try {
    payload = await decode({ token, secret: env.NEXTAUTH_SECRET });
  } catch {
    return null;
  }
  const sid = typeof payload?.sid === "string" ? payload.sid : null;
  if (!payload?.sub || !sid) return null;
  // Asked on every request: one plain statement, which Prisma passes on without compiling a query plan.
  const [row] = await db().$queryRaw<(SessionRow & Omit<UserRow, "id" | "agency"> & { agencyCode: string | null })[]>`
    SELECT s."id", s."userId", s."lastSeenAt", s."expiresAt", s."endedAt",
           u."username", u."displayName", u."role"::text AS "role", u."agencyId", u."active", u."demo", a."code" AS "agencyCode"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Agency" a ON a."id" = u."agencyId"
    WHERE s."id" = ${sid}`;
  if (!row) return null;
  const session: SessionRow = { id: row.id, userId: row.userId, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt, endedAt: row.endedAt };
  const account: UserRow = { ...row, id: row.userId, agency: row.agencyCode === null ? null : { code: row.agencyCode } };
  // An inactive account's session is not kept alive by its requests (it is ended when deactivated).
  const user = activeUser(account, env.APP_MODE === "demo", session.id);
  if (!user || !(await touchSession(session, payload.sub))) return null;
  return user;
}

/** A user by id, if active (for an API token's owner, who has no session). */
export async function loadActiveUser(id: string, demoMode: boolean = loadEnv().APP_MODE === "demo"): Promise<SessionUser | null> {
  return activeUser(await db().user.findUnique({ where: { id }, select: USER_FIELDS }), demoMode, null);
}

/** The signed-in user of this request (read once per request), or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // The setup page renders while there is no database to ask.
  if ((await databaseState()).kind !== "ready") return null;
  const jar = await cookies();
  // Over https only the __Secure- cookie counts: a plain one could have been planted over http.
  const names = servedOverHttps() ? SESSION_COOKIES.slice(0, 1) : SESSION_COOKIES;
  const token = names.map((name) => jar.get(name)?.value).find(Boolean);
  return userFromSessionToken(token);
});

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here after. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** The address of the page being asked for, to come back to after signing in. */
export function returnPath(path: string, raw: Record<string, string | string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const v of ([] as string[]).concat(value ?? [])) search.append(name, v);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
