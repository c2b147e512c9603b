import { z } from "zod";
import { TASK_STATUSES } from "@/lib/domain/task-class";
import { blankToUndefined, formInteger, isoDate, plainString, rowId, wholeNumber } from "@/lib/validation/form-fields";

// Shared by the form (in the browser) and the server action and API (on the server): one set of
// rules, one set of messages. Each message is a key under "statusForm.errors" in messages/*.json.

export const WITHDRAWAL_REASONS = ["CANCELLED", "MERGED", "RESCOPED"] as const;
export const NOTE_MAX = 2_000;

const text = (max: number) => z.preprocess(blankToUndefined, plainString("text").trim().max(max, { error: "tooLong" }).optional());

/** The fields of a status change, without the rules that tie them together (for the API's documentation). */
export const StatusUpdateFields = z.object({
  taskId: rowId,
  version: wholeNumber("required"),
  toStatus: z.enum(TASK_STATUSES, { error: "status" }),
  effectiveOn: isoDate,
  note: plainString("noteRequired").trim().min(1, { error: "noteRequired" }).max(NOTE_MAX, { error: "tooLong" }),
  evidenceNumber: text(100),
  evidenceDate: z.preprocess(blankToUndefined, isoDate.optional()),
  evidenceUrl: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: "url" }).max(500, { error: "tooLong" }).optional(),
  ),
  withdrawnReason: z.preprocess(blankToUndefined, z.enum(WITHDRAWAL_REASONS, { error: "withdrawnReason" }).optional()),
});

export const StatusUpdateSchema = StatusUpdateFields.superRefine((value, ctx) => {
  // A completion is reported with the document that shows the work was done.
  if (value.toStatus === "COMPLETED") {
    if (!value.evidenceNumber) ctx.addIssue({ code: "custom", path: ["evidenceNumber"], message: "evidenceRequired" });
    if (!value.evidenceDate) ctx.addIssue({ code: "custom", path: ["evidenceDate"], message: "evidenceRequired" });
  }
  if (value.toStatus === "WITHDRAWN" && !value.withdrawnReason) {
    ctx.addIssue({ code: "custom", path: ["withdrawnReason"], message: "withdrawnReason" });
  }
  if (value.evidenceDate && value.evidenceDate > value.effectiveOn) {
    ctx.addIssue({ code: "custom", path: ["evidenceDate"], message: "evidenceAfterChange" });
  }
});

export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;
export type FieldErrors = Partial<Record<keyof StatusUpdate | "form", string[]>>;

const FORM_FIELDS = ["taskId", "version", "toStatus", "effectiveOn", "note", "evidenceNumber", "evidenceDate", "evidenceUrl", "withdrawnReason"] as const;

/** The status form's fields as the schema reads them (the browser's check and the action alike). */
export function statusFormInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(FORM_FIELDS.map((name) => [name, form.get(name) ?? undefined]));
  input.version = formInteger(input.version);
  return input;
}

/** The form's fields with the message keys of what is wrong with them; empty when all is well. */
export function statusUpdateErrors(input: unknown): { data?: StatusUpdate; errors: FieldErrors } {
  const parsed = StatusUpdateSchema.safeParse(input);
  if (parsed.success) return { data: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = (issue.path[0] as keyof StatusUpdate | undefined) ?? "form";
    (errors[field] ??= []).push(issue.message);
  }
  return { errors };
}
