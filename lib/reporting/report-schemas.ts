import { z } from "zod";
import { blankToUndefined, formInteger, isoDate, plainString, rowId, wholeNumber } from "@/lib/validation/form-fields";

// An agency's quarterly report and VPCP's review of it: shared by the forms (in the browser) and the
// server. Messages are keys under "reporting.errors"; an item's errors are keyed "items.3.note".

export const REPORT_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] as const;
export const SUMMARY_MAX = 5_000;
export const ITEM_NOTE_MAX = 2_000;
export const COMMENT_MIN = 5;

const optionalText = (max: number) => z.preprocess(blankToUndefined, plainString("text").trim().max(max, { error: "tooLong" }).optional());
const version = wholeNumber("required");

/** A task's line as the form holds it, each field's own rules only (a draft keeps it so). */
const ReportItemFields = z.object({
  taskId: rowId,
  version,
  // The status the form showed, so that a change (which needs a note) is told from a confirmation;
  // in a draft, what the task was when it was written.
  fromStatus: z.enum(REPORT_STATUSES, { error: "status" }),
  status: z.enum(REPORT_STATUSES, { error: "status" }),
  note: optionalText(ITEM_NOTE_MAX),
  evidenceNumber: optionalText(100),
  evidenceDate: z.preprocess(blankToUndefined, isoDate.optional()),
});

export const ReportItemSchema = ReportItemFields.superRefine((item, ctx) => {
  // A new completion is reported with the document that shows it; a completion reported earlier has its own.
  if (item.status === "COMPLETED" && item.fromStatus !== "COMPLETED") {
    if (!item.evidenceNumber) ctx.addIssue({ code: "custom", path: ["evidenceNumber"], message: "evidenceRequired" });
    if (!item.evidenceDate) ctx.addIssue({ code: "custom", path: ["evidenceDate"], message: "evidenceRequired" });
  }
  if (item.status !== item.fromStatus && !item.note) ctx.addIssue({ code: "custom", path: ["note"], message: "noteRequiredForChange" });
});
export type ReportItemInput = z.infer<typeof ReportItemSchema>;

export const SubmitReportSchema = z.object({
  reportId: rowId,
  reportVersion: version,
  summary: plainString("summaryRequired").trim().min(1, { error: "summaryRequired" }).max(SUMMARY_MAX, { error: "tooLong" }),
  items: z.array(ReportItemSchema).max(1_000, { error: "tooLong" }).default([]),
  /** VPCP only: the day a report sent on paper or by e-mail was received, which counts as sent. */
  receivedOn: z.preprocess(blankToUndefined, isoDate.optional()),
});
export type SubmitReportInput = z.infer<typeof SubmitReportSchema>;

/**
 * A report saved before it is sent: the same fields with the same rules for what each may hold (text,
 * lengths, days), none of them required yet and no rule between them (a note or evidence may come later).
 */
export const ReportDraftSchema = z.object({
  reportId: rowId,
  reportVersion: version,
  summary: optionalText(SUMMARY_MAX),
  items: z.array(ReportItemFields).max(1_000, { error: "tooLong" }).default([]),
});
export type ReportDraftInput = z.infer<typeof ReportDraftSchema>;
export type DraftItem = ReportDraftInput["items"][number];

export const REVIEW_DECISIONS = ["ACCEPT", "RETURN"] as const;

export const ReviewReportSchema = z
  .object({
    reportId: rowId,
    reportVersion: version,
    decision: z.enum(REVIEW_DECISIONS, { error: "decision" }),
    comment: optionalText(2_000),
  })
  .superRefine((value, ctx) => {
    // A returned report says what the agency must revise.
    if (value.decision === "RETURN" && (value.comment ?? "").length < COMMENT_MIN) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
    }
  });

/** The report form's flat fields ("items.0.status") as the nested object the schema reads. */
export function reportFormInput(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const items: Record<string, unknown>[] = [];
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    const match = /^items\.(\d{1,4})\.([A-Za-z]+)$/.exec(name);
    const field = match ? match[2] : name;
    const read = field === "version" || field === "reportVersion" ? formInteger(value) : value;
    if (match) (items[Number(match[1])] ??= {})[field] = read;
    else if (!name.startsWith("$")) input[name] = read;
  }
  input.items = items.filter(Boolean);
  return input;
}

/** The review form's fields as the schema reads them. */
export function reviewFormInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(form);
  input.reportVersion = formInteger(input.reportVersion);
  return input;
}
