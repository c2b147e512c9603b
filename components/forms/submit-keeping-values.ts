"use client";

import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to its server action without React's automatic reset, so that a refused form keeps
 * what the person typed (React resets a form whose `action` prop is the action, even on errors).
 */
export function submitKeepingValues(dispatch: (form: FormData) => void, check?: (form: FormData) => boolean) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (check && !check(form)) return;
    startTransition(() => dispatch(form));
  };
}
