import { z } from "zod";
import { blankToUndefined, isoDate } from "@/lib/validation/form-fields";

// The admin's task forms, shared by the browser and the server. Messages are keys under "taskAdmin.errors".


const fields = {
  title: z.string({ error: "title" }).trim().min(1, { error: "title" }).max(500, { error: "tooLong" }),
  description: z.preprocess(blankToUndefined, z.string().trim().max(5_000, { error: "tooLong" }).optional()),
  leadAgencyCode: z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  deadline: z.preprocess(blankToUndefined, isoDate.optional()),
  deadlineText: z.preprocess(blankToUndefined, z.string().trim().max(100, { error: "tooLong" }).optional()),
};

// A task has a dated deadline, or a text that says why it has none ("Hằng năm").
function deadlineGiven(value: { deadline?: string; deadlineText?: string }, ctx: z.RefinementCtx) {
  if (!value.deadline && !value.deadlineText) ctx.addIssue({ code: "custom", path: ["deadline"], message: "deadlineRequired" });
}

export const TaskEditSchema = z
  .object({ taskId: z.string({ error: "required" }).min(1).max(64), version: z.coerce.number({ error: "required" }).int().min(1), ...fields })
  .superRefine(deadlineGiven);

export const TaskCreateSchema = z
  .object({
    code: z.string({ error: "code" }).trim().toUpperCase().regex(/^[A-Z0-9]{1,10}-[0-9]{1,4}$/, { error: "code" }),
    assignedOn: isoDate,
    ...fields,
  })
  .superRefine(deadlineGiven);
