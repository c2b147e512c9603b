import type { IsoDate } from "@/lib/domain/dates";
import { ROLLOUT_GROUPS, STAGE_FILTERS, SUBUNIT_GROUPS, type RolloutGroup, type StageFilter } from "@/lib/domain/rollout";
import type { RolloutFilter } from "@/lib/data/rollout-rows";
import { param } from "./query-schemas";
import type { RawParams } from "./params";

export const ROLLOUT_PATH = "/interconnection";
export const ROLLOUT_ROWS_PATH = "/interconnection/agencies";

/** One value of a parameter (a page's come as text, a route's as lists), undefined when absent, "\0" when repeated. */
function one(raw: RawParams, name: string): string | undefined {
  const given = raw[name];
  const value = Array.isArray(given) && given.length === 1 ? given[0] : given;
  return typeof value === "string" && value !== "" ? value : value === undefined || value === "" ? undefined : "\u0000";
}

/**
 * The rows' filter from the address: a group, a stage (or every connected one), a province whose
 * sub-units are meant. A value not in the lists is ignored and named; so is a province with a group
 * that is not one of its sub-units' kinds.
 */
export function parseRolloutFilter(raw: RawParams): { filter: RolloutFilter; ignored: string[] } {
  const ignored: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const value = one(raw, name);
    if (value === undefined) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignored.push(name);
    return null;
  };
  const group = pick<RolloutGroup>("group", ROLLOUT_GROUPS);
  const stage = pick<StageFilter>("stage", STAGE_FILTERS);
  let province = one(raw, "province") ?? null;
  if (province !== null && (!param.agencyCode.safeParse(province).success || (group !== null && !(SUBUNIT_GROUPS as readonly string[]).includes(group)))) {
    ignored.push("province");
    province = null;
  }
  return { filter: { group, stage, province }, ignored };
}

/** The address of the agencies behind a count, as of a day (always explicit, so a shared link keeps its figures). */
export function rolloutRowsHref(asOf: IsoDate, filter: Partial<RolloutFilter>, page = 1): string {
  const search = new URLSearchParams({ date: asOf });
  if (filter.group) search.set("group", filter.group);
  if (filter.stage) search.set("stage", filter.stage);
  if (filter.province) search.set("province", filter.province);
  if (page > 1) search.set("page", String(page));
  return `${ROLLOUT_ROWS_PATH}?${search.toString()}`;
}

type Words = (key: string, values?: Record<string, string | number>) => string;

/** What a list of agencies is, in words ("Đơn vị hành chính cấp xã thuộc An Giang · Đã kết nối"), with "interconnection.rollout"'s words. */
export function describeRolloutFilter(t: Words, filter: RolloutFilter, provinceName: string | null): string {
  const group = t(`groups.${filter.group ?? "all"}`);
  const stage = t(`stages.${filter.stage ?? "all"}`);
  return filter.province ? t("rows.ofProvince", { group, stage, province: provinceName ?? filter.province }) : t("rows.what", { group, stage });
}
