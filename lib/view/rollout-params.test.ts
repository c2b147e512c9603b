import { describe, expect, it } from "vitest";
import { describeRolloutFilter, parseRolloutFilter, rolloutRowsHref } from "./rollout-params";

describe("the rollout list's filter in the address", () => {
  it("reads a page's text and a route's lists alike, and round-trips through its link", () => {
    const filter = { group: "commune", stage: "ANY_CONNECTED", province: "VN-44" } as const;
    expect(parseRolloutFilter({ group: "commune", stage: "ANY_CONNECTED", province: "VN-44" })).toEqual({ filter, ignored: [] });
    expect(parseRolloutFilter({ group: ["commune"], stage: ["ANY_CONNECTED"], province: ["VN-44"] })).toEqual({ filter, ignored: [] });
    const href = rolloutRowsHref("2016-01-15", filter, 3);
    expect(href).toBe("/interconnection/agencies?date=2016-01-15&group=commune&stage=ANY_CONNECTED&province=VN-44&page=3");
    expect(parseRolloutFilter(Object.fromEntries(new URL(href, "http://x").searchParams)).filter).toEqual(filter);
  });

  it("ignores, and names, a value not in its list, a repeated one, and a province with a group that is not a sub-unit's", () => {
    expect(parseRolloutFilter({ group: "planet", stage: ["CONNECTED", "SEND_RECEIVE"] })).toEqual({ filter: { group: null, stage: null, province: null }, ignored: ["group", "stage"] });
    expect(parseRolloutFilter({ group: "central", province: "VN-44" })).toEqual({ filter: { group: "central", stage: null, province: null }, ignored: ["province"] });
    expect(parseRolloutFilter({ province: "vn 44" }).ignored).toEqual(["province"]);
  });

  it("says what a list is in the page's words", () => {
    const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;
    expect(describeRolloutFilter(t, { group: null, stage: "SEND_RECEIVE", province: null }, null)).toBe('rows.what{"group":"groups.all","stage":"stages.SEND_RECEIVE"}');
    expect(describeRolloutFilter(t, { group: "district", stage: null, province: "VN-44" }, "An Giang")).toContain('"province":"An Giang"');
  });
});
