import "server-only";
import { db } from "@/lib/db";

/** Agencies for the filter list: code, short name and kind only, ordered by code within each kind. */
export async function listAgencyOptions() {
  return db().agency.findMany({ select: { code: true, shortName: true, kind: true }, orderBy: [{ kind: "asc" }, { code: "asc" }] });
}
