import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";
import { textFault } from "./plain-text";

// Pieces every form schema shares. Messages are keys that each form's namespace translates.

/** Form fields arrive as "" when left empty; the API may send null. Both mean "not given". */
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * Text a person typed: valid Unicode without control or direction-override characters ("unicode",
 * "control"), with a textarea's CRLF line ends made LF. Chain .trim(), .min(), .max() after it.
 */
export const plainString = (error: string) =>
  z
    .string({ error })
    .superRefine((value, ctx) => {
      const fault = textFault(value);
      if (fault) ctx.addIssue({ code: "custom", message: fault, abort: true });
    })
    .overwrite((value) => value.replace(/\r\n/g, "\n"));

/** A calendar day "YYYY-MM-DD" that exists (no 30 February); documented as format "date". */
export const isoDate = z.iso.date({ error: "date" }).refine(isIsoDate, { error: "date" });

/** A row id sent back by a form. */
export const rowId = z.string({ error: "required" }).regex(/^[A-Za-z0-9_:.-]{1,64}$/, { error: "required" });

/**
 * A version or other whole number: a number, never true (which JavaScript would read as 1) nor "0x22".
 * Forms send text, so they turn theirs into numbers first (formInteger).
 */
export const wholeNumber = (error: string) => z.int({ error }).min(1, { error });

/** A form's digits as a number; anything else is passed on unchanged for the schema to refuse. */
export function formInteger(value: unknown): unknown {
  return typeof value === "string" && /^[0-9]{1,15}$/.test(value) ? Number(value) : value;
}

export type FieldErrors = Record<string, string[]>;

/** Each field's message keys, keyed by the field's path ("reason", "items.2.evidenceDate"; "form" for the whole). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) (errors[issue.path.length ? issue.path.join(".") : "form"] ??= []).push(issue.message);
  return errors;
}
