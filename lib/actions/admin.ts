"use server";

// The admin's forms: accounts and agencies (lib/users), each one command's one path.
import { formAction } from "@/lib/commands/form-action";
import type { FormState } from "@/lib/commands/result";
import { editAgency } from "@/lib/users/manage-agencies";
import { createUser, endUserSessions, resetPassword, unlockUser, updateUser } from "@/lib/users/manage-users";

export const createUserAction = formAction(createUser);
// An unchecked box is absent from the form: absent means inactive.
export const updateUserAction = formAction(updateUser, { input: (form) => ({ ...Object.fromEntries(form), active: form.get("active") ?? "false" }) });
export const resetPasswordAction = formAction(resetPassword);
export const editAgencyAction = formAction(editAgency);

const endSessions = formAction(endUserSessions);
const unlock = formAction(unlockUser);

/** One form, two buttons: end all of an account's sessions, or lift its sign-in lock (any other "act" is refused). */
export async function accountAction(previous: FormState, form: FormData): Promise<FormState> {
  return (form instanceof FormData && form.get("act") === "unlock" ? unlock : endSessions)(previous, form);
}
