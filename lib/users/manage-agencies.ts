import "server-only";
import { z } from "zod";
import { canManageUsers } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse, unlessTaken } from "@/lib/commands/refusal";
import { lockAgency } from "@/lib/data/locks";
import { AGENCY_KINDS, SUBUNIT_KINDS, type AnyAgencyKind } from "@/lib/domain/agency-kind";
import { agencySearchText } from "@/lib/domain/fold";
import { plainString } from "@/lib/validation/form-fields";

/** The electronic identifier code (mã định danh, QĐ 20/2020/QĐ-TTg), "000.00.00.G22": digits, letters and dots. */
export const IDENTIFIER_CODE = /^[0-9A-Z]+(\.[0-9A-Z]+)*$/;

export const AgencyEditSchema = z.object({
  code: z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  name: plainString("name").trim().min(1, { error: "name" }).max(200, { error: "tooLong" }),
  shortName: plainString("name").trim().min(1, { error: "name" }).max(80, { error: "tooLong" }),
  nameEn: plainString("name").trim().min(1, { error: "name" }).max(200, { error: "tooLong" }),
  kind: z.enum([...AGENCY_KINDS, ...SUBUNIT_KINDS], { error: "kind" }),
  // Optional: sent empty, the agency has none (or no longer has one); not sent, it stays as it is.
  identifierCode: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toUpperCase() || null : value),
    z.string({ error: "identifierCode" }).max(20, { error: "identifierCode" }).regex(IDENTIFIER_CODE, { error: "identifierCode" }).nullable().optional(),
  ),
});

/** Admin only: an agency's names, kind and identifier code (its code is its identity and stays); search text follows. */
export const editAgency = defineCommand({
  name: "agency.edit",
  schema: AgencyEditSchema,
  authorize: canManageUsers,
  async run({ input, tx }) {
    const { code, identifierCode: given, ...names } = input;
    await lockAgency(tx, code);
    const found = await tx.agency.findUnique({ where: { code }, select: { id: true, name: true, shortName: true, nameEn: true, kind: true, identifierCode: true, parentId: true } });
    if (!found) throw refuse.notFound(code);
    const { parentId, id, ...agency } = found;
    // A top-level agency keeps a top-level kind, and a unit within a province a unit's.
    const kinds: readonly AnyAgencyKind[] = parentId ? SUBUNIT_KINDS : AGENCY_KINDS;
    if (!kinds.includes(input.kind)) throw refuse.field("kind", "kind", code);
    // One agency per identifier code: another's is named to the admin, not a database error.
    const taken = () => refuse.field("identifierCode", "identifierTaken", code);
    const identifierCode = given === undefined ? agency.identifierCode : given;
    if (identifierCode && (await tx.agency.findFirst({ where: { identifierCode, id: { not: id } }, select: { id: true } }))) throw taken();
    await unlessTaken(tx.agency.update({ where: { id }, data: { ...names, identifierCode, searchText: agencySearchText({ code, ...names }) } }), taken);
    return { result: {}, target: code, detail: { from: agency, to: { ...names, identifierCode } } };
  },
});
