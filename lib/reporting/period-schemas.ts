import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";
import { parseQuarter, quarterBounds } from "@/lib/domain/quarter";
import { REQUIRED_SCOPES } from "@/lib/domain/required-scope";
import { blankToUndefined, plainString, rowId } from "@/lib/validation/form-fields";

// Opening, closing and reopening a quarter: shared by the forms (in the browser) and the server.
// Messages are keys under "reporting.errors" in messages/*.json.

export const REASON_MIN = 10;

const asList = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const OpenPeriodSchema = z
  .object({
    programme: z.string({ error: "required" }).regex(/^[a-z0-9-]{1,40}$/, { error: "required" }),
    quarter: z.string({ error: "quarter" }).regex(/^\d{4}-Q[1-4]$/, { error: "quarter" }),
    reportDueOn: z.preprocess(blankToUndefined, z.string({ error: "dueRequired" }).refine(isIsoDate, { error: "date" })),
    requestNumber: z.preprocess(blankToUndefined, plainString("text").trim().max(100, { error: "tooLong" }).optional()),
    scope: z.preprocess(blankToUndefined, z.enum(REQUIRED_SCOPES, { error: "scope" }).default("ALL")),
    agencyCodes: z.preprocess(asList, z.array(z.string().regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" })).max(500, { error: "tooLong" })),
  })
  .superRefine((value, ctx) => {
    const quarter = parseQuarter(value.quarter);
    // Reports are asked for the quarter: they cannot fall due before it begins.
    if (quarter && isIsoDate(value.reportDueOn) && value.reportDueOn < quarterBounds(quarter).startsOn) {
      ctx.addIssue({ code: "custom", path: ["reportDueOn"], message: "dueBeforeStart" });
    }
    if (value.scope === "CHOSEN" && value.agencyCodes.length === 0) {
      ctx.addIssue({ code: "custom", path: ["agencyCodes"], message: "agenciesRequired" });
    }
  });
export type OpenPeriodInput = z.infer<typeof OpenPeriodSchema>;

export const ClosePeriodSchema = z.object({ periodId: rowId });

export const ReopenPeriodSchema = z.object({
  periodId: rowId,
  reason: plainString("reasonRequired")
    .trim()
    .min(REASON_MIN, { error: "reasonRequired" })
    .max(1_000, { error: "tooLong" }),
});

