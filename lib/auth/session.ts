import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { databaseState } from "@/lib/database/database-state";
import { db } from "@/lib/db";
import { loadEnv } from "@/lib/env";
import type { RoleValue, SessionUser } from "./permissions";

import { SESSION_COOKIES } from "./session-cookies";

export class UnauthenticatedError extends Error {
  constructor() {
    super("Not signed in");
    this.name = "UnauthenticatedError";
  }
}

/**
 * The one place a request's user is decided: the session token is checked (signature, expiry), then
 * the user's role, agency and active flag are read from the database, so a demoted or deactivated
 * user loses their rights at their next request. Null when there is no valid session.
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
  if (!payload?.sub) return null;
  return loadActiveUser(payload.sub, env.APP_MODE === "demo");
}

export async function loadActiveUser(id: string, demoMode: boolean = loadEnv().APP_MODE === "demo"): Promise<SessionUser | null> {
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, username: true, displayName: true, role: true, agencyId: true, active: true, demo: true, agency: { select: { code: true } } },
  });
  if (!user || !user.active || (user.demo && !demoMode)) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as RoleValue,
    agencyId: user.agencyId,
    agencyCode: user.agency?.code ?? null,
  };
}

/** The signed-in user of this request (read once per request), or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // The setup page renders while there is no database to ask.
  if (databaseState().kind !== "ready") return null;
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
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
