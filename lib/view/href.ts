import type { IsoDate } from "@/lib/domain/dates";
import type { Quarter } from "@/lib/domain/quarter";
import { DEFAULT_PAGE_SIZE, type TaskQuery } from "@/lib/domain/list-query";
import { formatQuarterParam } from "@/lib/domain/quarter";

/** The as-of a link carries: always explicit, so that a shared link shows the same figures later. */
export type ViewRef = { programme: string; quarter?: Quarter; date?: IsoDate };

export function asOfSearch(view: ViewRef): URLSearchParams {
  const search = new URLSearchParams({ programme: view.programme });
  if (view.date) search.set("date", view.date);
  else if (view.quarter) search.set("quarter", formatQuarterParam(view.quarter));
  return search;
}

export function withQuery(path: string, search: URLSearchParams): string {
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export function viewHref(path: string, view: ViewRef): string {
  return withQuery(path, asOfSearch(view));
}

/** The task list behind a figure: the same as-of, and only the filters given. */
export function tasksHref(view: ViewRef, query: Partial<TaskQuery> = {}, path = "/tasks"): string {
  const search = asOfSearch(view);
  if (query.agency?.length) search.set("agency", query.agency.join(","));
  if (query.kind?.length) search.set("kind", query.kind.join(","));
  if (query.status?.length) search.set("status", query.status.join(","));
  if (query.taskClass?.length) search.set("class", query.taskClass.join(","));
  if (query.overdue) search.set("overdue", "1");
  if (query.deadlineFrom) search.set("from", query.deadlineFrom);
  if (query.deadlineTo) search.set("to", query.deadlineTo);
  if (query.q) search.set("q", query.q);
  if (query.sort && query.sort !== "code") search.set("sort", query.sort);
  if (query.dir === "desc") search.set("dir", "desc");
  if (query.page && query.page > 1) search.set("page", String(query.page));
  if (query.size && query.size !== DEFAULT_PAGE_SIZE) search.set("size", String(query.size));
  return withQuery(path, search);
}
