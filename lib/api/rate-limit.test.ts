import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { API_LIMIT, rateLimit } from "./rate-limit";

// The limit is counted in the database: every app instance adds to the same count, and requests that
// arrive at the same moment are each counted once.
describe("the API's rate limit", () => {
  it("lets 300 of 320 simultaneous requests through, whichever connection each comes on", async () => {
    const now = new Date("2026-12-01T03:00:00Z");
    const waits = await Promise.all(Array.from({ length: 320 }, () => rateLimit("address:198.51.100.9", now)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(API_LIMIT.requests);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(20);
    expect(Math.max(...waits)).toBe(60);
  });

  it("opens a new window a minute after the first request, and counts callers apart", async () => {
    const start = new Date("2026-12-01T04:00:00Z");
    for (let i = 0; i < API_LIMIT.requests; i++) await rateLimit("token:t1", start);
    expect(await rateLimit("token:t1", new Date(start.getTime() + 59_000))).toBe(1);
    expect(await rateLimit("token:t2", new Date(start.getTime() + 59_000))).toBe(0);
    expect(await rateLimit("token:t1", new Date(start.getTime() + 60_000))).toBe(0);
    expect(await db().rateLimitWindow.findUniqueOrThrow({ where: { key: "token:t1" } })).toMatchObject({ count: 1 });
  });
});
