import "server-only";
import { db } from "@/lib/db";

// The API's limit, counted in the database so that every app instance counts the same requests: a
// window per caller (a token, or an address) that opens with its first request and lasts a minute.
// The operator may change the allowance (API_RATE_LIMIT_PER_MINUTE, checked when the server starts).
export const API_LIMIT = { windowMs: 60_000, requests: Number(process.env.API_RATE_LIMIT_PER_MINUTE) || 300 } as const;

/** Counts a request in one statement (safe however many arrive at once); the seconds to wait when over the limit, else 0. */
export async function rateLimit(key: string, now: Date = new Date()): Promise<number> {
  const expired = new Date(now.getTime() - API_LIMIT.windowMs);
  const [window] = await db().$queryRaw<{ windowStart: Date; count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key.slice(0, 200)}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" <= ${expired} THEN EXCLUDED."windowStart" ELSE "RateLimitWindow"."windowStart" END,
      "count" = CASE WHEN "RateLimitWindow"."windowStart" <= ${expired} THEN 1 ELSE "RateLimitWindow"."count" + 1 END
    RETURNING "windowStart", "count"`;
  // A new window: the moment to forget callers not seen for an hour.
  if (window.count === 1) await db().rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 3_600_000) } } });
  if (window.count <= API_LIMIT.requests) return 0;
  return Math.max(1, Math.ceil((new Date(window.windowStart).getTime() + API_LIMIT.windowMs - now.getTime()) / 1000));
}
