import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";

// Pieces every form schema shares. Messages are keys that each form's namespace translates.

/** Form fields arrive as "" when left empty; the API may send null. Both mean "not given". */
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A calendar day "YYYY-MM-DD" that exists (no 30 February). */
export const isoDate = z.string({ error: "date" }).refine(isIsoDate, { error: "date" });

/** A row id sent back by a form. */
export const rowId = z.string({ error: "required" }).min(1, { error: "required" }).max(64, { error: "required" });

export type FieldErrors = Record<string, string[]>;

/** Each field's message keys, keyed by the field's path ("reason", "items.2.evidenceDate"; "form" for the whole). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) (errors[issue.path.length ? issue.path.join(".") : "form"] ??= []).push(issue.message);
  return errors;
}
