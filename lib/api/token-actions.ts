import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit-log";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { plainString } from "@/lib/validation/form-fields";
import { createApiToken } from "./tokens";

export const TokenNameSchema = plainString("tokenName").trim().min(1, { error: "tokenName" }).max(80, { error: "tooLong" });

export type TokenResult = { ok: true; token?: string } | { ok: false; kind: "unauthenticated" | "invalid" | "not-found"; error?: string };

/** Creates a token for the signed-in user only; the token is in the result once and nowhere else. */
export async function createTokenFor(actor: SessionUser | null, name: unknown, address: string): Promise<TokenResult> {
  if (!actor) {
    await audit({ action: "token.create", outcome: "REFUSED", address, detail: { reason: "unauthenticated" } });
    return { ok: false, kind: "unauthenticated" };
  }
  const parsed = TokenNameSchema.safeParse(name);
  if (!parsed.success) {
    await audit({ action: "token.create", outcome: "REFUSED", userId: actor.id, username: actor.username, address, detail: { reason: "invalid" } });
    return { ok: false, kind: "invalid", error: parsed.error.issues[0]?.message };
  }
  const { id, token } = await createApiToken(actor.id, parsed.data);
  await audit({ action: "token.create", outcome: "OK", userId: actor.id, username: actor.username, target: id, address });
  return { ok: true, token };
}

/** Revokes one of the signed-in user's own tokens; another user's token is "not found". */
export async function revokeTokenFor(actor: SessionUser | null, tokenId: unknown, address: string): Promise<TokenResult> {
  if (!actor) return { ok: false, kind: "unauthenticated" };
  const id = typeof tokenId === "string" ? tokenId.slice(0, 64) : "";
  const revoked = await db().apiToken.updateMany({ where: { id, userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
  await audit({
    action: "token.revoke",
    outcome: revoked.count === 1 ? "OK" : "REFUSED",
    userId: actor.id,
    username: actor.username,
    target: id,
    address,
  });
  return revoked.count === 1 ? { ok: true } : { ok: false, kind: "not-found" };
}

export async function listTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
