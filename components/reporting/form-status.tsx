"use client";

import { useTranslations } from "next-intl";
import { useCommandMessages } from "@/components/forms/command-messages";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { formErrorsOf, type FormState } from "@/lib/commands/result";

/** A reporting form's state: any of the cycle's steps (a report's conflicts name the tasks that moved). */
export type ReportingFormState = FormState<object, { tasks?: string[] }>;

type Props = { state: ReportingFormState; saved: string; fields?: string[]; testId?: string };

/**
 * What happened to a reporting form's last submit: done, refused (and why), or what to fix. Errors
 * of the named fields are shown beside those fields by the form; the rest are listed here.
 */
export function FormStatus({ state, saved, fields = [], testId = "form-status" }: Props) {
  const t = useTranslations("reporting");
  return (
    <CommandOutcome
      state={state}
      namespace="reporting"
      saved={saved}
      testId={testId}
      fixIntro={t("fixErrors")}
      shownBeside={(field) => fields.includes(field) || field.startsWith("items.")}
      conflict={(refusal) => (refusal.tasks?.length ? t("conflictTasks", { tasks: refusal.tasks.join(", ") }) : t("conflictReport"))}
    />
  );
}

/**
 * A field's error wired for screen readers: the attributes that mark the field invalid and point to
 * its message, and the message itself (nothing when there is no error).
 */
export function describedError(text: string | null, id: string) {
  return {
    attrs: text ? { "aria-invalid": true as const, "aria-describedby": id } : {},
    node: text ? <p id={id} className="field-error">{text}</p> : null,
  };
}

/** The message keys of one field's errors, as text, or null. */
export function useFieldError(state: ReportingFormState) {
  const messages = useCommandMessages("reporting");
  const errors = formErrorsOf(state);
  return (field: string): string | null => (errors[field]?.length ? messages.errors(errors[field]) : null);
}
