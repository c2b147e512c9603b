"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createTokenFor, revokeTokenFor } from "@/lib/api/token-actions";
import { clientAddress } from "@/lib/http/client-address";
import { endOwnSession } from "@/lib/auth/end-session";
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

/** Ends one of the signed-in user's sessions; ending this very one signs them out. */
export async function endSessionAction(form: FormData): Promise<void> {
  const result = await endOwnSession(await currentUser(), form.get("sessionId"), { address: clientAddress(await headers()) });
  if (result.ok && result.current) redirect("/sign-in");
  revalidatePath("/profile");
}
