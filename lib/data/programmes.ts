import "server-only";
import { db } from "@/lib/db";

export type ProgrammeRef = { id: string; code: string; slug: string; title: string; titleEn: string; issuedOn: string };

/** Every programme, oldest first (36a/NQ-CP before the ones that followed it). */
export async function listProgrammes(): Promise<ProgrammeRef[]> {
  return db().programme.findMany({
    orderBy: [{ issuedOn: "asc" }, { code: "asc" }],
    select: { id: true, code: true, slug: true, title: true, titleEn: true, issuedOn: true },
  });
}
