import "server-only";
import { z } from "zod";
import { canManageUsers } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { lockAgency } from "@/lib/data/locks";
import { AGENCY_KINDS, SUBUNIT_KINDS, type AnyAgencyKind } from "@/lib/domain/agency-kind";
import { agencySearchText } from "@/lib/domain/fold";
import { plainString } from "@/lib/validation/form-fields";

export const AgencyEditSchema = z.object({
  code: z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  name: plainString("name").trim().min(1, { error: "name" }).max(200, { error: "tooLong" }),
  shortName: plainString("name").trim().min(1, { error: "name" }).max(80, { error: "tooLong" }),
  nameEn: plainString("name").trim().min(1, { error: "name" }).max(200, { error: "tooLong" }),
  kind: z.enum([...AGENCY_KINDS, ...SUBUNIT_KINDS], { error: "kind" }),
});

/** Admin only: an agency's names and kind (its code is its identity and stays); search text follows. */
export const editAgency = defineCommand({
  name: "agency.edit",
  schema: AgencyEditSchema,
  authorize: canManageUsers,
  async run({ input, tx }) {
    const { code, ...names } = input;
    await lockAgency(tx, code);
    const found = await tx.agency.findUnique({ where: { code }, select: { id: true, name: true, shortName: true, nameEn: true, kind: true, parentId: true } });
    if (!found) throw refuse.notFound(code);
    const { parentId, ...agency } = found;
    // A top-level agency keeps a top-level kind, and a unit within a province a unit's.
    const kinds: readonly AnyAgencyKind[] = parentId ? SUBUNIT_KINDS : AGENCY_KINDS;
    if (!kinds.includes(input.kind)) throw refuse.field("kind", "kind", code);
    await tx.agency.update({ where: { id: agency.id }, data: { ...names, searchText: agencySearchText({ code, ...names }) } });
    return { result: {}, target: code, detail: { from: agency, to: names } };
  },
});
