"use client";

import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to its server action without React's automatic reset, so that a refused form keeps
 * what the person typed (React resets a form whose `action` prop is the action, even on errors). The
 * button pressed is sent too, as a plain submit would send it.
 */
export function submitKeepingValues(dispatch: (form: FormData) => void, check?: (form: FormData) => boolean) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement && submitter.name ? submitter : null);
    if (check && !check(form)) return;
    startTransition(() => dispatch(form));
  };
}
