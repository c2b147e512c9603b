"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { createTokenFor, revokeTokenFor } from "@/lib/api/token-actions";
import { clientAddress } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";

export type TokenFormState = { status: "idle" } | { status: "created"; token: string } | { status: "refused"; error: string };

export async function createTokenAction(_previous: TokenFormState, form: FormData): Promise<TokenFormState> {
  const result = await createTokenFor(await currentUser(), form.get("name"), clientAddress(await headers()));
  if (!result.ok) return { status: "refused", error: result.error ?? result.kind };
  revalidatePath("/profile");
  return { status: "created", token: result.token! };
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  await revokeTokenFor(await currentUser(), form.get("tokenId"), clientAddress(await headers()));
  revalidatePath("/profile");
}
