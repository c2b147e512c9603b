import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const PREFIX = "t36a_";
const LAST_USED_EVERY_MS = 60_000;

/** 32 random bytes: guessing one is out of reach, so a fast hash (SHA-256) is the right one to store. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token for the user; the token itself is returned once and never stored. */
export async function createApiToken(tx: Prisma.TransactionClient, userId: string, name: string): Promise<{ id: string; token: string }> {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await tx.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) },
    select: { id: true },
  });
  return { id: row.id, token };
}

/** The user id a live (not revoked) token belongs to, or null. */
export async function tokenOwner(token: string): Promise<{ tokenId: string; userId: string } | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  // "Last used" to the minute: a system calling many times a minute does not write a row each time.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { tokenId: row.id, userId: row.userId };
}

/** A user's tokens, newest first (a user has a handful: one per system that reads the API). */
export async function listTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
