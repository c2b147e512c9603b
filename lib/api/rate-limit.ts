import "server-only";

// A fixed window per caller (token or address), in this process's memory: the app runs as one
// process on one SQLite file, so one counter is the whole truth. Enough to stop a runaway script.
export const API_LIMIT = { windowMs: 60_000, requests: 300 } as const;

const windows = new Map<string, { start: number; count: number }>();

/** Counts a request; the seconds to wait when the caller is over the limit, else 0. */
export function rateLimit(key: string, now: number = Date.now()): number {
  const window = windows.get(key);
  if (!window || now - window.start >= API_LIMIT.windowMs) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= API_LIMIT.windowMs) windows.delete(k);
    return 0;
  }
  window.count += 1;
  return window.count > API_LIMIT.requests ? Math.ceil((window.start + API_LIMIT.windowMs - now) / 1000) : 0;
}
