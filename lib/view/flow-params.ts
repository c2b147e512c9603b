import type { IsoDate } from "@/lib/domain/dates";
import { pageParam, single, type Parsed, type RawParams } from "./params";
import { param } from "./query-schemas";

/** How many days in one state make a document stuck, unless the reader asks otherwise. */
export const DEFAULT_STUCK_DAYS = 7;

export type FlowQuery = {
  from?: IsoDate;
  to?: IsoDate;
  /** A top-level agency's code: its own documents and its units'. */
  agency?: string;
  stuckDays: number;
  page: number;
};

/** The flows page's address: a period (from, to), an agency, the stuck threshold, a page; malformed values ignored and named. */
export function parseFlowQuery(raw: RawParams): Parsed<FlowQuery> {
  const ignored: string[] = [];
  const day = (name: string) => {
    const text = single(raw, name);
    if (text === undefined || text === "") return undefined;
    // A year the axis cannot have (0001) would put the stuck documents' cut-off outside PostgreSQL's dates.
    if (param.day.safeParse(text).success && text >= "2000-01-01" && text <= "2100-12-31") return text as IsoDate;
    ignored.push(name);
    return undefined;
  };
  let from = day("from");
  let to = day("to");
  if (from && to && from > to) {
    ignored.push("from", "to");
    from = to = undefined;
  }
  const agencyText = single(raw, "agency");
  const agency = agencyText && param.agencyCode.safeParse(agencyText).success ? agencyText : undefined;
  if (agencyText && !agency) ignored.push("agency");
  const stuckText = single(raw, "stuckDays");
  let stuckDays = DEFAULT_STUCK_DAYS;
  if (stuckText !== undefined) {
    if (/^[0-9]{1,3}$/.test(stuckText) && Number(stuckText) >= 1 && Number(stuckText) <= 365) stuckDays = Number(stuckText);
    else ignored.push("stuckDays");
  }
  return { value: { from, to, agency, stuckDays, page: pageParam(raw, "page", ignored) }, ignored };
}

/** The address of a flows view with these values (defaults left out). */
export function flowSearch(query: Partial<FlowQuery>): URLSearchParams {
  const search = new URLSearchParams();
  if (query.from) search.set("from", query.from);
  if (query.to) search.set("to", query.to);
  if (query.agency) search.set("agency", query.agency);
  if (query.stuckDays && query.stuckDays !== DEFAULT_STUCK_DAYS) search.set("stuckDays", String(query.stuckDays));
  if (query.page && query.page > 1) search.set("page", String(query.page));
  return search;
}
