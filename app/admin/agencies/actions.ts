"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/http/client-address";
import { currentUser } from "@/lib/auth/session";
import { editAgency, type AgencyResult } from "@/lib/users/manage-agencies";

export type AgencyFormState = { status: "idle" } | { status: "done"; result: AgencyResult; at: number };

export async function editAgencyAction(_previous: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const [actor, h] = await Promise.all([currentUser(), headers()]);
  const result = await editAgency(actor, Object.fromEntries(form), { address: clientAddress(h) });
  if (result.ok) revalidatePath("/", "layout");
  return { status: "done", result, at: Date.now() };
}
