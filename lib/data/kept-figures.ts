import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Basis } from "./task-basis";

// Figures are kept in this process's memory under keys that no later write can reuse, so that a
// read after a write never sees a kept answer, on this instance or any other:
//  - a closed quarter's record cannot change until an admin reopens the quarter (the database refuses
//    it), and each close stamps a new closedAt: its figures are kept under (quarter, closedAt, version);
//  - a day's figures are kept under (programme, day, version, changes);
// where version and changes are DataVersion's two counters, counted up by triggers in the writing
// transaction: version when what figures are shown with changes (names, an agency's place), changes
// with every write that any day's figures read. So a write to tasks moves the keys of days (one
// query on the next read) but not those of closed quarters.

const MAX_ENTRIES = 2_000;
const kept = new Map<string, Promise<unknown>>();

/** Forgets every kept answer: for the tests that count the queries a visit makes from cold. */
export function forgetKept(): void {
  kept.clear();
}

/** DataVersion's counters, read once a request. */
export const dataVersion = cache(async (): Promise<{ version: string; changes: string }> => {
  const [row] = await db().$queryRaw<{ version: bigint; changes: bigint }[]>`SELECT "version", "changes" FROM "DataVersion" WHERE "id" = 1`;
  return { version: String(row?.version ?? 0), changes: String(row?.changes ?? 0) };
});

/** The part of a key that names what a basis reads, or null for one that is never kept. */
function basisKey(basis: Basis): { key: string; live: boolean } | null {
  if (basis.kind === "date") return { key: `${basis.programmeId}#${basis.asOf}`, live: true };
  return basis.closedAt ? { key: `${basis.periodId}@${basis.closedAt}`, live: false } : null;
}

/**
 * The keys of several questions, the counters read once for all of them (in a route handler React's
 * per-request cache does not hold, and a trend asks one question per quarter); null for a question
 * about a basis that is never kept. `alsoLive`: the question also reads tables a closed quarter does
 * not freeze (action plans), so it moves with changes.
 */
export async function keysFor(questions: { bases: Basis[]; name: string; args: unknown[]; alsoLive?: boolean }[]): Promise<(string | null)[]> {
  const { version, changes } = await dataVersion();
  return questions.map(({ bases, name, args, alsoLive = false }) => {
    const parts = bases.map(basisKey);
    if (parts.some((part) => part === null)) return null;
    const live = alsoLive || parts.some((part) => part!.live);
    return `${parts.map((part) => part!.key).join("|")}|v${version}${live ? `c${changes}` : ""}|${name}|${JSON.stringify(args)}`;
  });
}

/** What is kept under the key, if anything (and marks it recently used). */
export function keptUnder<T>(key: string): Promise<T> | undefined {
  const hit = kept.get(key) as Promise<T> | undefined;
  if (hit) {
    // Least recently used goes first when the map is full.
    kept.delete(key);
    kept.set(key, hit);
  }
  return hit;
}

/** Keeps an answer under the key; a failed one is dropped, so that the next request asks again. */
export function keep<T>(key: string, answer: Promise<T>): Promise<T> {
  kept.set(key, answer);
  answer.catch(() => kept.delete(key));
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  return answer;
}

/** What is kept under the key, or `read()`'s answer, kept under it (a key no later write can reuse). */
export function keptAt<T>(key: string, read: () => Promise<T>): Promise<T> {
  // A native promise: a query builder's own may run its query again for each caller that awaits it.
  return keptUnder<T>(key) ?? keep(key, Promise.resolve(read()));
}

/** `read()`'s answer about these bases, kept under `name` and `args` (see above). */
export async function keptFigures<T>(bases: Basis[], name: string, args: unknown[], read: () => Promise<T>, { alsoLive = false } = {}): Promise<T> {
  const [key] = await keysFor([{ bases, name, args, alsoLive }]);
  if (key === null) return read();
  return keptAt(key, read);
}
