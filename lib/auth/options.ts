import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { audit } from "@/lib/audit/audit-log";
import { loadEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authenticate } from "./authenticate";
import { endSessions, openSession, SESSION_MAX_AGE_SECONDS, SessionNotOpenedError } from "./sessions";

type Headers = Record<string, string | string[] | undefined>;

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
          const headers: Headers = request?.headers ?? {};
          const address = clientAddress(headers);
          const result = await authenticate(credentials, address);
          // The error's message is the code the sign-in page translates; never why in detail.
          if (!result.ok) throw new Error(result.reason === "locked" ? `locked:${result.retryAfterSeconds}` : result.reason);
          const userAgent = ([] as string[]).concat(headers["user-agent"] ?? [])[0] ?? null;
          let sid: string;
          try {
            sid = await openSession(result.user, { address, userAgent });
          } catch (error) {
            if (!(error instanceof SessionNotOpenedError)) throw error;
            await audit({ action: "sign-in", outcome: "REFUSED", userId: result.user.id, username: result.user.username, address, detail: { reason: "account-changed" } });
            throw new Error("invalid");
          }
          return { id: result.user.id, name: result.user.displayName, sid };
        },
      }),
    ],
    callbacks: {
      // The token carries the user's id and the session row's id only: role, agency, the active flag
      // and whether the session still lives are read from the database on every request
      // (lib/auth/session.ts), so a change applies at the next request.
      jwt: ({ token, user }) => (user ? { sub: user.id, sid: (user as { sid?: string }).sid, iat: token.iat, exp: token.exp, jti: token.jti } : token),
      session: ({ session }) => ({ expires: session.expires }),
    },
    events: {
      // A signed-out cookie, even one copied before, no longer opens anything.
      async signOut({ token }) {
        const sid = typeof token?.sid === "string" ? token.sid : null;
        if (!sid || !token.sub) return;
        const ended = await endSessions({ id: sid, userId: token.sub }, "sign-out");
        if (ended) await audit({ action: "sign-out", outcome: "OK", userId: token.sub, target: sid.slice(0, 8) });
      },
    },
  };
}
