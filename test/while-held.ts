import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs `during` while another transaction, begun by `hold`, is open and holds what it wrote or locked,
 * and commits that transaction 200 ms later: the interleaving of two requests from two app instances,
 * made certain rather than left to timing. Returns what `during` came to after the commit.
 */
export async function whileHeld<T>(hold: (tx: Prisma.TransactionClient) => Promise<unknown>, during: () => Promise<T>): Promise<T> {
  let outcome!: Promise<T>;
  await db().$transaction(async (tx) => {
    await hold(tx);
    outcome = during();
    outcome.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  return outcome;
}
