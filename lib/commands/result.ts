import type { FieldErrors } from "@/lib/validation/form-fields";

// The one result of every change, on every channel: the forms show it, the API turns it into
// problem+json (lib/api/command-route.ts), and each refusal has already been audited when it is returned.

export type { FieldErrors };

export type Refused<C extends object = object> =
  | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  /** The record changed since the user read it; nothing was written. C says what it is now. */
  | ({ ok: false; kind: "conflict" } & C);

export type CommandResult<T extends object = object, C extends object = object> = ({ ok: true } & T) | Refused<C>;

/** What a form holds between submissions: nothing yet, the last result, or a server error's id. */
export type FormState<T extends object = object, C extends object = object> =
  | { status: "idle" }
  | { status: "done"; result: CommandResult<T, C>; at: number }
  | { status: "error"; id: string };

export const IDLE: FormState<never, never> = { status: "idle" };

/** The refusal a form state carries, if its last submission was refused. */
export function refusalOf<C extends object>(state: FormState<object, C>): Refused<C> | null {
  return state.status === "done" && !state.result.ok ? state.result : null;
}

/** The field errors a form state carries (empty when none). */
export function formErrorsOf(state: FormState<object, object>): FieldErrors {
  const refused = refusalOf(state);
  return refused?.kind === "invalid" ? refused.errors : {};
}

/** The saved result a form state carries, if its last submission was saved. */
export function savedOf<T extends object>(state: FormState<T, object>): ({ ok: true } & T) | null {
  return state.status === "done" && state.result.ok ? state.result : null;
}
