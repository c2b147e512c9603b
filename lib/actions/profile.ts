"use server";

// The profile page's forms: the user's own API tokens and sessions.
import { createToken, revokeToken } from "@/lib/api/token-commands";
import { endOwnSession } from "@/lib/users/end-own-session";
import { formAction, formSubmit } from "@/lib/commands/form-action";

export const createTokenAction = formAction(createToken);
export const revokeTokenAction = formSubmit(revokeToken);
// Ending this very session signs the user out.
export const endSessionAction = formSubmit(endOwnSession, { redirectTo: (result) => (result.current ? "/sign-in" : null) });
