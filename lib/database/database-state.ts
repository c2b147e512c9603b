import { checkDatabase, type DatabaseState } from "./readiness";

// Asked before every page and API request, so answered from memory for a few seconds: long enough
// not to cost a connection per request, short enough that a server whose database went away shows the
// setup page, and comes back by itself, within that time. (Memory of this process only; each instance
// asks for itself, and nothing a rule depends on is kept here.)
const FRESH_MS = 5_000;
const known = new Map<string, { state: DatabaseState; at: number }>();
const asking = new Map<string, Promise<DatabaseState>>();

export async function databaseState(url: string | undefined = process.env.DATABASE_URL, now: number = Date.now()): Promise<DatabaseState> {
  const key = url ?? "";
  const last = known.get(key);
  if (last && now - last.at < FRESH_MS) return last.state;
  let pending = asking.get(key);
  if (!pending) {
    pending = checkDatabase(url).finally(() => asking.delete(key));
    asking.set(key, pending);
  }
  const state = await pending;
  known.set(key, { state, at: Date.now() });
  return state;
}
