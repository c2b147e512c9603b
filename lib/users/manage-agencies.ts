import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit/audit-log";
import { canManageUsers, type SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { agencySearchText } from "@/lib/domain/fold";
import { plainString } from "@/lib/validation/form-fields";
import { fieldErrors, type UserFieldErrors } from "./user-schemas";

export const AgencyEditSchema = z.object({
  code: z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  name: plainString("name").trim().min(1, { error: "name" }).max(200, { error: "tooLong" }),
  shortName: plainString("name").trim().min(1, { error: "name" }).max(80, { error: "tooLong" }),
  nameEn: plainString("name").trim().min(1, { error: "name" }).max(200, { error: "tooLong" }),
  kind: z.enum(AGENCY_KINDS, { error: "kind" }),
});

export type AgencyResult = { ok: true } | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" } | { ok: false; kind: "invalid"; errors: UserFieldErrors };

/** Admin only: an agency's names and kind (its code is its identity and stays); search text follows. */
export async function editAgency(actor: SessionUser | null, input: unknown, context: { address?: string } = {}): Promise<AgencyResult> {
  if (!actor || !canManageUsers(actor)) {
    await audit({ action: "agency.edit", outcome: "REFUSED", userId: actor?.id, username: actor?.username, address: context.address, detail: { reason: actor ? "not-admin" : "unauthenticated" } });
    return { ok: false, kind: actor ? "forbidden" : "unauthenticated" };
  }
  const parsed = AgencyEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", errors: fieldErrors(parsed.error) };
  const { code, ...names } = parsed.data;
  const agency = await db().agency.findUnique({ where: { code }, select: { id: true, name: true, shortName: true, nameEn: true, kind: true } });
  if (!agency) return { ok: false, kind: "not-found" };
  await db().$transaction(async (tx) => {
    await tx.agency.update({ where: { id: agency.id }, data: { ...names, searchText: agencySearchText({ code, ...names }) } });
    await audit({ action: "agency.edit", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target: code, detail: { from: agency, to: names } }, tx);
  });
  return { ok: true };
}
