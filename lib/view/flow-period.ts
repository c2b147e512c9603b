import "server-only";
import { flowSpan, topAgencyOf } from "@/lib/data/flows";
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
};

/** The flows pages' period and agency from the address; null when the axis has recorded nothing yet. */
export async function resolveFlowView(raw: RawParams): Promise<FlowView | null> {
  const { value: query, ignored } = parseFlowQuery(raw);
  const [span, agency] = await Promise.all([flowSpan(), query.agency ? topAgencyOf(query.agency) : null]);
  if (!span) return null;
  if (query.agency && !agency) ignored.push("agency");
  const from = query.from ?? span.first;
  const to = query.to ?? span.last;
  return { query: { ...query, agency: agency?.code }, ignored, from, to, whole: !query.from && !query.to, agency };
}
