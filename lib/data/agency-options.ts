import "server-only";
import { db } from "@/lib/db";

/**
 * Agencies for a filter or a form's list: code, short name and kind only, ordered by code within each
 * kind. The top-level agencies (ministries, provinces…), whose figures include their units': at
 * national scale the units are some 11,500 rows no list on a page should carry (choosing a unit in a
 * form needs a search field: README, Known limits).
 */
export async function listAgencyOptions({ including }: { including?: string } = {}) {
  const agencies = await db().agency.findMany({
    // A form may also need the one unit it shows as chosen (a task led by a district).
    where: including ? { OR: [{ parentId: null }, { code: including }] } : { parentId: null },
    select: { code: true, shortName: true, kind: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
  });
  // By name as a Vietnamese reader looks one up (Bà Rịa, Bắc Giang, Bắc Kạn… not by code); in order of kind.
  const kindRank = new Map<string, number>();
  for (const agency of agencies) if (!kindRank.has(agency.kind)) kindRank.set(agency.kind, kindRank.size);
  return agencies.sort((a, b) => kindRank.get(a.kind)! - kindRank.get(b.kind)! || VIETNAMESE.compare(a.shortName, b.shortName));
}

const VIETNAMESE = new Intl.Collator("vi");
