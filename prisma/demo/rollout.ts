import type { Prisma } from "../../lib/generated/prisma/client";

/** Writes this part of the demo data inside the demo reset's transaction (prisma/demo/reset.ts). */
export async function seedRollout(tx: Prisma.TransactionClient): Promise<void> {
  void tx;
}
