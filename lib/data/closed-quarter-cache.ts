import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Basis } from "./task-basis";

// A closed quarter's record cannot change until an admin reopens the quarter (the database refuses
// it), and each close stamps a new closedAt. So what is read from it is kept, in this process's
// memory, under (quarter, closedAt, data version, question): the data version (DataVersion, counted
// up by triggers in the writing transaction) moves when a name or an agency's place that the figures
// are shown with changes. A key is never reused for other data, so any number of instances may each
// keep their own: after a reopen, an edit, a rename, every instance asks a new key. Open quarters
// and days are never kept: they are read live.

const MAX_ENTRIES = 2_000;
const kept = new Map<string, Promise<unknown>>();

/** Forgets every kept answer: for the tests that count the queries a visit makes from cold. */
export function forgetKept(): void {
  kept.clear();
}

/** The data version, read once a request. */
export const dataVersion = cache(async (): Promise<string> => {
  const [row] = await db().$queryRaw<{ version: bigint }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  return String(row?.version ?? 0);
});

/** The key of a closed quarter's record, or null for what must be read live. */
export function closedKey(basis: Basis): string | null {
  return basis.kind === "record" && basis.closedAt ? `${basis.periodId}@${basis.closedAt}` : null;
}

/** The key of a question about closed quarters' records, or null when any basis must be read live. */
export async function keyFor(bases: Basis[], name: string, args: unknown[]): Promise<string | null> {
  const keys = bases.map(closedKey);
  if (keys.some((key) => key === null)) return null;
  return `${keys.join("|")}|${await dataVersion()}|${name}|${JSON.stringify(args)}`;
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

/**
 * `read()`'s answer, kept when every basis it reads is a closed quarter's record (keyed by `name`
 * and `args`); otherwise read each time.
 */
export async function keptForClosed<T>(bases: Basis[], name: string, args: unknown[], read: () => Promise<T>): Promise<T> {
  const key = await keyFor(bases, name, args);
  if (key === null) return read();
  // A native promise: a query builder's own may run its query again for each caller that awaits it.
  return keptUnder<T>(key) ?? keep(key, Promise.resolve(read()));
}
