import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/http/client-address";
import { logServerError } from "@/lib/http/error-id";
import type { Command } from "./define-command";
import { IDLE, type FormState } from "./result";

type Options<T extends object> = {
  /** The form's fields as the command's schema reads them (by default, each field's value). */
  input?: (form: FormData) => unknown;
  /** Where to go after a success, if anywhere. */
  redirectTo?: (result: { ok: true } & T, form: FormData) => string | null;
};

/**
 * A form's server action for a command: the signed-in user and their address from this request,
 * the command's one path, and its result as the form's state. After a success every page is
 * revalidated (each view reads the database on each request; this drops the browser's cached
 * pages too). An argument that is not a form (a forged call) reaches the command as no input and
 * is refused there, audited, like any bad input; an unexpected error shows an id, never a stack.
 */
export function formAction<T extends object, C extends object>(command: Command<T, C>, options: Options<T> = {}) {
  return async (_previous: FormState<T, C>, form: FormData): Promise<FormState<T, C>> => {
    const isForm = form instanceof FormData;
    let state: FormState<T, C>;
    try {
      const [actor, requestHeaders] = await Promise.all([currentUser(), headers()]);
      const input = isForm ? (options.input ? options.input(form) : Object.fromEntries(form)) : null;
      const result = await command(actor, input, { address: clientAddress(requestHeaders), channel: "web" });
      state = { status: "done", result, at: Date.now() };
    } catch (error) {
      return { status: "error", id: logServerError(error, command.commandName) };
    }
    if (state.result.ok) {
      revalidatePath("/", "layout");
      // Outside the try: redirect() works by throwing.
      const to = isForm ? options.redirectTo?.(state.result, form) : null;
      if (to) redirect(to);
    }
    return state;
  };
}

/**
 * The same, for a form that shows no state of its own (a button in a list): the page, revalidated
 * whatever the outcome, shows what is true now (a row another tab already ended disappears).
 */
export function formSubmit<T extends object, C extends object>(command: Command<T, C>, options: Options<T> = {}) {
  const action = formAction(command, options);
  return async (form: FormData): Promise<void> => {
    const state = await action(IDLE, form);
    if (!(state.status === "done" && state.result.ok)) revalidatePath("/", "layout");
  };
}
