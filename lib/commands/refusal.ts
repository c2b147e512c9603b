import type { FieldErrors, Refused } from "./result";

/**
 * A refusal decided inside a command. Thrown, so that the command's transaction is rolled back
 * whatever it had written; the pipeline (define-command.ts) audits it and returns its result.
 */
export class Refusal<C extends object = object> extends Error {
  constructor(
    readonly result: Refused<C>,
    readonly target: string | null,
    readonly detail: Record<string, unknown>,
  ) {
    super(`refused: ${result.kind}`);
  }
}

/**
 * A write that a unique index may refuse: when two requests add the same key at once, both pass the
 * command's "is it taken?" check before either commits, and the second one's insert fails. That is
 * the same refusal as the check's, not an error.
 */
export async function unlessTaken<T>(write: Promise<T>, taken: () => Refusal): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw taken();
    throw error;
  }
}

/** The refusals a command may throw, each with what it was about and why (kept in the audit row). */
export const refuse = {
  notFound: (target: string | null, reason = "not-found") => new Refusal({ ok: false, kind: "not-found" }, target, { reason }),
  forbidden: (target: string | null, reason: string) => new Refusal({ ok: false, kind: "forbidden" }, target, { reason }),
  invalid: (errors: FieldErrors, target: string | null, reason = "invalid") =>
    new Refusal({ ok: false, kind: "invalid", errors }, target, { reason, fields: Object.keys(errors) }),
  /** One field's message key, which is also the reason recorded. */
  field: (field: string, key: string, target: string | null) => refuse.invalid({ [field]: [key] }, target, key),
  conflict: <C extends object>(current: C, target: string | null, detail: Record<string, unknown> = {}) =>
    new Refusal<C>({ ok: false, kind: "conflict", ...current }, target, { reason: "stale", ...detail }),
};
