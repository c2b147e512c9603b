import { z } from "zod";
import { ROLES } from "@/lib/domain/permissions";
import { blankToUndefined, fieldErrorsOf, plainString, rowId, type FieldErrors } from "@/lib/validation/form-fields";

// Shared by the admin's forms and the server. Messages are keys under "admin.errors".

const agencyCode = z.preprocess(blankToUndefined, z.string().regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }).optional());

export const PASSWORD_RULE = z
  .string({ error: "password" })
  .min(10, { error: "passwordShort" })
  .max(200, { error: "tooLong" })
  .refine((p) => /[a-zA-Z]/.test(p) && /\d/.test(p), { error: "passwordWeak" });

// An agency editor belongs to exactly one agency; the other roles to none.
function agencyMatchesRole(value: { role: string; agencyCode?: string }, ctx: z.RefinementCtx) {
  if (value.role === "AGENCY_EDITOR" && !value.agencyCode) ctx.addIssue({ code: "custom", path: ["agencyCode"], message: "agencyRequired" });
  if (value.role !== "AGENCY_EDITOR" && value.agencyCode) ctx.addIssue({ code: "custom", path: ["agencyCode"], message: "agencyOnlyForEditors" });
}

export const CreateUserSchema = z
  .object({
    username: z.string({ error: "username" }).trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, { error: "username" }),
    displayName: plainString("displayName").trim().min(1, { error: "displayName" }).max(120, { error: "tooLong" }),
    email: z.preprocess(blankToUndefined, z.email({ error: "email" }).max(200, { error: "tooLong" }).optional()),
    role: z.enum(ROLES, { error: "role" }),
    agencyCode,
    password: PASSWORD_RULE,
  })
  .superRefine(agencyMatchesRole);

export const UpdateUserSchema = z
  .object({
    userId: rowId,
    role: z.enum(ROLES, { error: "role" }),
    agencyCode,
    active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .superRefine(agencyMatchesRole);

export const ResetPasswordSchema = z.object({
  userId: rowId,
  password: PASSWORD_RULE,
});

// One account an admin acts on, and the button pressed: end all its sessions, or lift a sign-in lock.
export const EndSessionsSchema = z.object({ userId: rowId, act: z.literal("sessions", { error: "required" }) });
export const UnlockSchema = z.object({ userId: rowId, act: z.literal("unlock", { error: "required" }) });

export type UserFieldErrors = FieldErrors;
export const fieldErrors = fieldErrorsOf;
