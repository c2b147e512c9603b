import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { plainString, rowId } from "@/lib/validation/form-fields";
import { createApiToken } from "./tokens";

export const TokenNameSchema = z.object({ name: plainString("tokenName").trim().min(1, { error: "tokenName" }).max(80, { error: "tooLong" }) });

/** A token for the signed-in user only; the token is in the result once and nowhere else. */
export const createToken = defineCommand({
  name: "token.create",
  schema: TokenNameSchema,
  async run({ actor, input, tx }) {
    const { id, token } = await createApiToken(tx, actor.id, input.name);
    return { result: { token }, target: id };
  },
});

/** Revokes one of the signed-in user's own tokens; another user's token is "not found". */
export const revokeToken = defineCommand({
  name: "token.revoke",
  schema: z.object({ tokenId: rowId }),
  async run({ actor, input, tx, now }) {
    const revoked = await tx.apiToken.updateMany({ where: { id: input.tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count !== 1) throw refuse.notFound(input.tokenId);
    return { result: {}, target: input.tokenId };
  },
});
