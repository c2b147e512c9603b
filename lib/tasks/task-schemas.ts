import { z } from "zod";
import { TASK_CODE } from "@/lib/domain/task-code";
import { blankToUndefined, formInteger, isoDate, plainString, rowId, wholeNumber } from "@/lib/validation/form-fields";


// The admin's task forms, shared by the browser and the server. Messages are keys under "taskAdmin.errors".


const fields = {
  title: plainString("title").trim().min(1, { error: "title" }).max(500, { error: "tooLong" }),
  description: z.preprocess(blankToUndefined, plainString("text").trim().max(5_000, { error: "tooLong" }).optional()),
  leadAgencyCode: z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  deadline: z.preprocess(blankToUndefined, isoDate.optional()),
  deadlineText: z.preprocess(blankToUndefined, plainString("text").trim().max(100, { error: "tooLong" }).optional()),
};

// A task has a dated deadline, or a text that says why it has none ("Hằng năm").
function deadlineGiven(value: { deadline?: string; deadlineText?: string }, ctx: z.RefinementCtx) {
  if (!value.deadline && !value.deadlineText) ctx.addIssue({ code: "custom", path: ["deadline"], message: "deadlineRequired" });
}

export const TaskEditSchema = z
  .object({ taskId: rowId, version: wholeNumber("required"), ...fields })
  .superRefine(deadlineGiven);

export const TaskCreateSchema = z
  .object({
    programme: z.string({ error: "required" }).regex(/^[a-z0-9-]{1,40}$/, { error: "required" }),
    code: z.string({ error: "code" }).trim().toUpperCase().regex(TASK_CODE, { error: "code" }),
    assignedOn: isoDate,
    ...fields,
  })
  .superRefine(deadlineGiven);

/** The task edit form's fields as the schema reads them. */
export function taskEditFormInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(form);
  input.version = formInteger(input.version);
  return input;
}
