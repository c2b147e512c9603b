"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/http/client-address";
import { currentUser } from "@/lib/auth/session";
import { actOnAccount, createUser, resetPassword, updateUser, type ManageResult } from "@/lib/users/manage-users";

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

/** End all of an account's sessions, or lift its sign-in lock (the button pressed says which). */
export async function accountAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const [actor, h] = await Promise.all([currentUser(), headers()]);
  return run((input) => actOnAccount(actor, input, { address: clientAddress(h) }), form);
}
