"use client";

import { useTranslations } from "next-intl";
import type { ReportingFormState } from "@/app/reporting/actions";

type Props = { state: ReportingFormState; saved: string; fields?: string[]; testId?: string };

/**
 * What happened to a reporting form's last submit: done, refused (and why), or what to fix. Errors
 * of the named fields are shown beside those fields by the form; the rest are listed here.
 */
export function FormStatus({ state, saved, fields = [], testId = "form-status" }: Props) {
  const t = useTranslations("reporting");
  if (state.status === "saved") return <p className="form-success" role="status" data-testid={testId}>{saved}</p>;
  if (state.status === "idle") return null;
  if (state.status === "error") return <p className="form-error" role="alert" tabIndex={-1} data-testid={testId}>{t("errorWithId", { id: state.id })}</p>;
  if (state.status === "refused") return <p className="form-error" role="alert" tabIndex={-1} data-testid={testId}>{t(`refused.${state.kind}`)}</p>;
  if (state.status === "conflict") {
    return (
      <p className="form-error" role="alert" tabIndex={-1} data-testid={testId}>
        {state.tasks.length ? t("conflictTasks", { tasks: state.tasks.join(", ") }) : t("conflictReport")}
      </p>
    );
  }
  const shown = Object.entries(state.errors).filter(([field]) => !fields.some((f) => field === f || field.startsWith("items.")));
  return (
    <div className="form-error" role="alert" tabIndex={-1} data-testid={testId}>
      <p>{t("fixErrors")}</p>
      {shown.length > 0 && (
        <ul className="plain-list">
          {shown.map(([field, keys]) => (
            <li key={field}>{keys.map((key) => t(`errors.${key}`)).join(" ")}</li>
          ))}
        </ul>
      )}
    </div>
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
  const t = useTranslations("reporting");
  return (field: string): string | null => {
    if (state.status !== "invalid" || !state.errors[field]?.length) return null;
    return state.errors[field].map((key) => t(`errors.${key}`)).join(" ");
  };
}
