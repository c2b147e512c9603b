"use client";

import type { ReactNode } from "react";
import { refusalOf, savedOf, type FormState, type Refused } from "@/lib/commands/result";
import { useCommandMessages } from "./command-messages";

type Props<C extends object> = {
  state: FormState<object, C>;
  /** The form's messages namespace ("admin"): its own wording first, then the shared one. */
  namespace: string;
  /** What a success says. */
  saved: ReactNode;
  /** Above the list of what to fix, when given. */
  fixIntro?: string;
  /** Errors of these fields are shown beside the fields by the form itself, not listed here. */
  shownBeside?: (field: string) => boolean;
  /** How a conflict is told, when the form knows more than "it changed". */
  conflict?: (refusal: Extract<Refused<C>, { kind: "conflict" }>) => ReactNode;
  testId?: string;
  errorsTestId?: string;
};

/**
 * What happened to a form's last submission, the same way on every form: saved, refused and why,
 * what to fix field by field, or a server error's id. Alerts can take focus, so a form can move the
 * reader to them.
 */
export function CommandOutcome<C extends object>({ state, namespace, saved, fixIntro, shownBeside, conflict, testId, errorsTestId }: Props<C>) {
  const messages = useCommandMessages(namespace);
  if (savedOf(state)) return <p className="form-success" role="status" data-testid={testId}>{saved}</p>;
  if (state.status === "error") return <p className="form-error" role="alert" tabIndex={-1} data-testid={testId}>{messages.errorId(state.id)}</p>;
  const refusal = refusalOf(state);
  if (!refusal) return null;
  if (refusal.kind === "conflict") {
    return <div className="form-error" role="alert" tabIndex={-1} data-testid={testId}>{conflict ? conflict(refusal) : messages.refused("conflict")}</div>;
  }
  if (refusal.kind !== "invalid") return <p className="form-error" role="alert" tabIndex={-1} data-testid={testId}>{messages.refused(refusal.kind)}</p>;
  const listed = Object.entries(refusal.errors).filter(([field]) => !shownBeside?.(field));
  return (
    <div className="form-error" role="alert" tabIndex={-1} data-testid={errorsTestId ?? testId}>
      {fixIntro && <p>{fixIntro}</p>}
      {listed.length > 0 && (
        <ul className="plain-list">
          {listed.map(([field, keys]) => (
            <li key={field}>{field === "form" ? messages.errors(keys) : `${messages.field(field)}: ${messages.errors(keys)}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
