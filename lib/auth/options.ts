import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loadEnv } from "@/lib/env";
import { authenticate } from "./authenticate";

/** A session lasts a working day; signing in again is needed after that. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The caller's address as the proxy in front of the app reports it, else the direct peer. */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : ([] as string[]).concat(headers[name] ?? [])[0]);
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "unknown";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: loadEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const result = await authenticate(credentials, clientAddress(request?.headers ?? {}));
          // The error's message is the code the sign-in page translates; never why in detail.
          if (!result.ok) throw new Error(result.reason === "locked" ? `locked:${result.retryAfterSeconds}` : result.reason);
          return { id: result.user.id, name: result.user.displayName };
        },
      }),
    ],
    callbacks: {
      // The token carries the user's id only: role, agency and the active flag are read from the
      // database on every request (lib/auth/session.ts), so a change applies at the next request.
      jwt: ({ token, user }) => (user ? { sub: user.id, iat: token.iat, exp: token.exp, jti: token.jti } : token),
      session: ({ session }) => ({ expires: session.expires }),
    },
  };
}
