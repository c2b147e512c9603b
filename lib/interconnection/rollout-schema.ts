import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";
import { ROLLOUT_STAGES } from "@/lib/domain/rollout";
import { blankToUndefined, plainString } from "@/lib/validation/form-fields";

// The form that records a rollout stage, shared by the form and the command. Messages are keys under
// "interconnection.rollout.record.errors" in messages/*.json (else the shared "commands.errors").

export const ROLLOUT_NOTE_MAX = 500;

export const RolloutRecordSchema = z.object({
  agencyCode: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
    z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  ),
  stage: z.enum(ROLLOUT_STAGES, { error: "stage" }),
  reachedOn: z.preprocess(blankToUndefined, z.string({ error: "dayRequired" }).refine(isIsoDate, { error: "date" })),
  note: z.preprocess(blankToUndefined, plainString("text").trim().max(ROLLOUT_NOTE_MAX, { error: "tooLong" }).optional()),
});
export type RolloutRecordInput = z.infer<typeof RolloutRecordSchema>;
