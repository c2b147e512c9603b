import { AGENCY_KINDS, type AgencyKindValue } from "@/lib/domain/agency-kind";
import { isIsoDate, type IsoDate } from "@/lib/domain/dates";
import { parseQuarter, type Quarter } from "@/lib/domain/quarter";
import { TASK_CLASSES, TASK_STATUSES, type TaskClass, type TaskStatusValue } from "@/lib/domain/task-class";
import { AGENCY_LIST_SORTS, DEFAULT_PAGE_SIZE, PAGE_SIZES, TASK_SORTS, type AgencyListQuery, type AgencyListSort, type ChangeQuery, type TaskFilters, type TaskQuery, type TaskSort } from "@/lib/domain/list-query";
import { param } from "./query-schemas";

/** Search parameters as Next.js hands them to a page: a name may repeat. */
export type RawParams = Record<string, string | string[] | undefined>;

/**
 * The "as of" of every view: a quarter ("2017-Q1") or a day ("2017-02-15") of one programme. Absent
 * values mean the defaults (first programme, its latest quarter).
 */
export type AsOfParams = { programme?: string; quarter?: Quarter; date?: IsoDate };

/** What was read, and the names of the parameters whose values were malformed and so ignored. */
export type Parsed<T> = { value: T; ignored: string[] };


/** Every value of a parameter, whether repeated (?status=A&status=B) or comma-separated (?status=A,B). */
function values(raw: RawParams, name: string): string[] {
  const value = raw[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

/** A parameter given once (a page's string or a route's one-item list); "\u0000" when given more than once. */
export function single(raw: RawParams, name: string): string | undefined {
  const list = values(raw, name);
  return list.length === 1 ? list[0] : list.length > 1 ? "\u0000" : undefined;
}

/** A page number (1 when absent); a malformed one is named in `ignored` and read as 1. */
export function pageParam(raw: RawParams, name: string, ignored: string[]): number {
  const text = single(raw, name);
  if (text === undefined) return 1;
  if (param.page.safeParse(text).success) return Number(text);
  ignored.push(name);
  return 1;
}

export function parseAsOf(raw: RawParams): Parsed<AsOfParams> {
  const ignored: string[] = [];
  const value: AsOfParams = {};
  const programme = single(raw, "programme");
  if (programme !== undefined) {
    if (param.programme.safeParse(programme).success) value.programme = programme;
    else ignored.push("programme");
  }
  const date = single(raw, "date");
  if (date !== undefined) {
    if (isIsoDate(date)) value.date = date;
    else ignored.push("date");
  }
  const quarter = single(raw, "quarter");
  if (quarter !== undefined) {
    const parsed = parseQuarter(quarter);
    if (parsed) value.quarter = parsed;
    else ignored.push("quarter");
  }
  return { value, ignored };
}

function enumList<T extends string>(raw: RawParams, name: string, allowed: readonly T[], ignored: string[]): T[] {
  const list = values(raw, name);
  const valid = list.filter((v): v is T => (allowed as readonly string[]).includes(v));
  if (valid.length !== list.length) ignored.push(name);
  return [...new Set(valid)];
}

function dateParam(raw: RawParams, name: string, ignored: string[]): IsoDate | undefined {
  const value = single(raw, name);
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return value;
  ignored.push(name);
  return undefined;
}

export function parseTaskFilters(raw: RawParams): Parsed<TaskFilters> {
  const ignored: string[] = [];
  const agencies = values(raw, "agency");
  const agency = agencies.filter((code) => param.agencyCode.safeParse(code).success);
  if (agency.length !== agencies.length) ignored.push("agency");

  const overdueRaw = single(raw, "overdue");
  if (overdueRaw !== undefined && overdueRaw !== "1" && overdueRaw !== "0") ignored.push("overdue");

  let q: string | undefined;
  const qRaw = raw.q === undefined ? undefined : Array.isArray(raw.q) ? raw.q.join(" ") : raw.q;
  if (qRaw !== undefined && qRaw.trim() !== "") {
    const parsed = param.search.safeParse(qRaw.trim());
    if (parsed.success) q = parsed.data;
    else ignored.push("q");
  }

  let deadlineFrom = dateParam(raw, "from", ignored);
  let deadlineTo = dateParam(raw, "to", ignored);
  if (deadlineFrom && deadlineTo && deadlineFrom > deadlineTo) {
    ignored.push("from", "to");
    deadlineFrom = deadlineTo = undefined;
  }

  return {
    value: {
      agency: [...new Set(agency)],
      kind: enumList(raw, "kind", AGENCY_KINDS, ignored),
      status: enumList(raw, "status", TASK_STATUSES, ignored),
      taskClass: enumList(raw, "class", TASK_CLASSES, ignored),
      overdue: overdueRaw === "1",
      deadlineFrom,
      deadlineTo,
      q,
    },
    ignored,
  };
}

export function parseTaskQuery(raw: RawParams): Parsed<TaskQuery> {
  const filters = parseTaskFilters(raw);
  const ignored = [...filters.ignored];

  const sortRaw = single(raw, "sort");
  const sort = TASK_SORTS.find((s) => s === sortRaw);
  if (sortRaw !== undefined && !sort) ignored.push("sort");

  const dirRaw = single(raw, "dir");
  if (dirRaw !== undefined && dirRaw !== "asc" && dirRaw !== "desc") ignored.push("dir");

  const page = pageParam(raw, "page", ignored);

  const sizeRaw = single(raw, "size");
  const size = PAGE_SIZES.find((s) => String(s) === sizeRaw);
  if (sizeRaw !== undefined && !size) ignored.push("size");

  return {
    value: {
      ...filters.value,
      sort: sort ?? "code",
      dir: dirRaw === "desc" ? "desc" : "asc",
      page,
      size: size ?? DEFAULT_PAGE_SIZE,
    },
    ignored,
  };
}

/** The agency list's sort (by default the highest rate first) and kind filter. */
export function parseAgencyListQuery(raw: RawParams): Parsed<AgencyListQuery> {
  const ignored: string[] = [];
  const sortRaw = single(raw, "sort");
  const sort = AGENCY_LIST_SORTS.find((s) => s === sortRaw);
  if (sortRaw !== undefined && !sort) ignored.push("sort");
  const dirRaw = single(raw, "dir");
  if (dirRaw !== undefined && dirRaw !== "asc" && dirRaw !== "desc") ignored.push("dir");
  const kind = enumList(raw, "kind", AGENCY_KINDS, ignored);
  const defaultDir = sort === "name" || sort === "kind" ? "asc" : "desc";
  return { value: { sort: sort ?? "rate", dir: dirRaw === "asc" || dirRaw === "desc" ? dirRaw : defaultDir, kind }, ignored };
}

/** A stable key for the parameters, so a view's loading state shows again when they change. */
export function paramsKey(raw: RawParams): string {
  return JSON.stringify(Object.entries(raw).sort(([a], [b]) => a.localeCompare(b)));
}

/** URLSearchParams as Next hands search parameters to a page: a repeated name becomes a list. */
export function searchToRaw(search: URLSearchParams): RawParams {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of search) (raw[name] ??= []).push(value);
  return raw;
}

/** The recent-changes page: lead agency, recorded between two days, 50 a page. */
export function parseChangeFilters(raw: RawParams): Parsed<ChangeQuery> {
  const ignored: string[] = [];
  const agencyRaw = single(raw, "agency");
  const agency = agencyRaw !== undefined && param.agencyCode.safeParse(agencyRaw).success ? agencyRaw : undefined;
  if (agencyRaw !== undefined && !agency) ignored.push("agency");
  let from = dateParam(raw, "from", ignored);
  let to = dateParam(raw, "to", ignored);
  if (from && to && from > to) {
    ignored.push("from", "to");
    from = to = undefined;
  }
  const page = pageParam(raw, "page", ignored);
  return { value: { agency, from, to, page, size: 50 }, ignored };
}
