import "server-only";
import { flowSpan, topAgencyAbove, topAgencyOf } from "@/lib/data/flows";
import type { SessionUser } from "@/lib/domain/permissions";
import type { IsoDate } from "@/lib/domain/dates";
import { parseFlowQuery, type FlowQuery } from "./flow-params";
import type { RawParams } from "./params";

export type FlowView = {
  query: FlowQuery;
  ignored: string[];
  /** The period read: the one asked for, else everything the axis has recorded. */
  from: IsoDate;
  to: IsoDate;
  whole: boolean;
  agency: { id: string; code: string; shortName: string; nameEn: string } | null;
  /** The reader is an agency's officer: every figure and row is their own (top-level) agency's. */
  scoped: boolean;
};

/**
 * The flows pages' period and agency from the address; null when the axis has recorded nothing yet.
 * VPCP's analysts, admins and leaders read every agency's documents; an agency's officer reads their
 * own agency's (its top-level agency's, for a unit's officer), whatever the address asks.
 */
export async function resolveFlowView(raw: RawParams, user: SessionUser): Promise<FlowView | null> {
  const { value: query, ignored } = parseFlowQuery(raw);
  const scoped = user.role === "AGENCY_EDITOR";
  const [span, asked, own] = await Promise.all([
    flowSpan(),
    query.agency ? topAgencyOf(query.agency) : null,
    scoped && user.agencyId ? topAgencyAbove(user.agencyId) : null,
  ]);
  if (!span || (scoped && !own)) return null;
  if (query.agency && (!asked || (scoped && asked.id !== own?.id))) ignored.push("agency");
  const agency = scoped ? own : asked;
  const from = query.from ?? span.first;
  const to = query.to ?? span.last;
  return { query: { ...query, agency: agency?.code }, ignored, from, to, whole: !query.from && !query.to, agency, scoped };
}
