"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { createUser, resetPassword, updateUser, type ManageResult } from "@/lib/users/manage-users";

export type AdminFormState = { status: "idle" } | { status: "saved"; at: number } | { status: "refused"; result: Exclude<ManageResult, { ok: true }> };

async function run(task: (form: Record<string, FormDataEntryValue>) => Promise<ManageResult>, form: FormData): Promise<AdminFormState> {
  const result = await task(Object.fromEntries(form));
  if (!result.ok) return { status: "refused", result };
  revalidatePath("/admin/users");
  return { status: "saved", at: Date.now() };
}

export async function createUserAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const [actor, h] = await Promise.all([currentUser(), headers()]);
  return run((input) => createUser(actor, input, { address: clientAddress(h) }), form);
}

export async function updateUserAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const [actor, h] = await Promise.all([currentUser(), headers()]);
  // An unchecked box is absent from the form: absent means inactive.
  const input = Object.fromEntries(form);
  return run(() => updateUser(actor, { ...input, active: form.get("active") ?? "false" }, { address: clientAddress(h) }), form);
}

export async function resetPasswordAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const [actor, h] = await Promise.all([currentUser(), headers()]);
  return run((input) => resetPassword(actor, input, { address: clientAddress(h) }), form);
}
