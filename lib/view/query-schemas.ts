import { z } from "zod";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { isIsoDate } from "@/lib/domain/dates";
import { AGENCY_LIST_SORTS, PAGE_SIZES, TASK_SORTS } from "@/lib/domain/list-query";
import { TASK_CLASSES, TASK_STATUSES } from "@/lib/domain/task-class";
import { textFault } from "@/lib/validation/plain-text";

// Each address parameter's rule, once: the pages read a malformed value as "ignored" (and say so),
// the API answers 400 for it, and the OpenAPI document describes it from these very schemas.

export const MAX_SEARCH = 200;

const AGENCY_CODE = "[A-Z0-9-]{1,20}";

/** "A,B,C", each one of the values. */
function commaList(values: readonly string[], description: string) {
  const one = `(?:${values.join("|")})`;
  return z.string().regex(new RegExp(`^${one}(?:,${one})*$`)).meta({ description: `${description}, comma-separated: ${values.join(", ")}` });
}

export const param = {
  programme: z.string().regex(/^[a-z0-9-]{1,40}$/).meta({ description: "The programme's short name", example: "36a" }),
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/).meta({ description: "As of a quarter: a closed one is read from its frozen record", example: "2017-Q1" }),
  date: z.iso.date().refine(isIsoDate).meta({ description: "As of a day, read from the history", example: "2017-02-15" }),
  agencyCode: z.string().regex(new RegExp(`^${AGENCY_CODE}$`)),
  agencies: z.string().regex(new RegExp(`^${AGENCY_CODE}(?:,${AGENCY_CODE})*$`)).meta({ description: "Lead agencies' codes, comma-separated", example: "BTC" }),
  kinds: commaList(AGENCY_KINDS, "Agency kinds"),
  statuses: commaList(TASK_STATUSES, "Task statuses"),
  classes: commaList(TASK_CLASSES, "Task classes"),
  overdue: z.enum(["1", "0"]).meta({ description: "1: only tasks overdue as of the view" }),
  day: z.iso.date().refine(isIsoDate),
  search: z
    .string()
    .max(MAX_SEARCH)
    .regex(/\S/)
    .refine((value) => textFault(value) === null)
    .meta({ description: "Search in codes, titles and names; diacritics ignored" }),
  taskSort: z.enum(TASK_SORTS),
  agencySort: z.enum(AGENCY_LIST_SORTS),
  dir: z.enum(["asc", "desc"]),
  page: z.string().regex(/^[1-9]\d{0,5}$/).meta({ description: "Page number, from 1" }),
  size: z.enum(PAGE_SIZES.map(String) as [string, ...string[]]).meta({ description: "Rows a page" }),
} as const;

export type QuerySchema = Record<string, z.ZodType<string>>;

/** Each API operation's query parameters, by name. */
export const TASK_LIST_QUERY = {
  programme: param.programme,
  quarter: param.quarter,
  date: param.date,
  agency: param.agencies,
  kind: param.kinds,
  status: param.statuses,
  class: param.classes,
  overdue: param.overdue,
  from: param.day.meta({ description: "Deadline on or after this day" }),
  to: param.day.meta({ description: "Deadline on or before this day" }),
  q: param.search,
  sort: param.taskSort,
  dir: param.dir,
  page: param.page,
  size: param.size,
} satisfies QuerySchema;

export const AGENCY_LIST_QUERY = {
  programme: param.programme,
  quarter: param.quarter,
  date: param.date,
  kind: param.kinds,
  sort: param.agencySort,
  dir: param.dir,
} satisfies QuerySchema;

export const PROGRAMME_QUERY = { programme: param.programme } satisfies QuerySchema;

/**
 * The API's reading of an address: the names of the parameters whose value breaks its rule, or that
 * are given more than once, or given empty. (Pages are lenient instead: lib/view/params.ts.)
 */
export function invalidQueryParams(search: URLSearchParams, schema: QuerySchema): string[] {
  const invalid = new Set<string>();
  for (const name of new Set(search.keys())) {
    const rule = schema[name];
    if (!rule) continue;
    const values = search.getAll(name);
    if (values.length !== 1 || !rule.safeParse(values[0]).success) invalid.add(name);
  }
  return [...invalid];
}
