import { describe, expect, it } from "vitest";
import { parseFlowQuery } from "./flow-params";

describe("the flows page's address", () => {
  it("reads a period, an agency, a threshold and a page, from a page's strings or a route's lists", () => {
    expect(parseFlowQuery({ from: "2019-03-12", to: ["2019-07-21"], agency: "BTC", stuckDays: "30", page: "2" })).toEqual({
      value: { from: "2019-03-12", to: "2019-07-21", agency: "BTC", stuckDays: 30, page: 2 },
      ignored: [],
    });
  });

  it("ignores and names what it cannot read: a day out of the axis's years, a period backwards, a threshold out of range", () => {
    expect(parseFlowQuery({ from: "0001-01-01", to: "0001-01-03" }).ignored).toEqual(["from", "to"]);
    expect(parseFlowQuery({ from: "2019-07-21", to: "2019-03-12" }).ignored).toEqual(["from", "to"]);
    expect(parseFlowQuery({ stuckDays: "0" })).toMatchObject({ value: { stuckDays: 7 }, ignored: ["stuckDays"] });
  });
});
