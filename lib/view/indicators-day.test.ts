import { describe, expect, it } from "vitest";
import { indicatorsDay } from "./indicators-day";

describe("the indicators' day", () => {
  it("is today by default, the day asked for, as text from a page or as a list from a route", () => {
    expect(indicatorsDay({}, "2017-04-10")).toEqual({ asOf: "2017-04-10", live: true, ignored: [] });
    expect(indicatorsDay({ date: "2016-12-31" }, "2017-04-10")).toEqual({ asOf: "2016-12-31", live: false, ignored: [] });
    expect(indicatorsDay({ date: ["2016-12-31"] }, "2017-04-10")).toEqual({ asOf: "2016-12-31", live: false, ignored: [] });
    expect(indicatorsDay({ date: "2017-04-10" }, "2017-04-10")).toMatchObject({ live: true });
  });

  it("ignores, and names, a malformed day, two days, or a day after today", () => {
    for (const date of ["2016-02-30", "31/12/2016", ["2016-12-31", "2016-09-30"], "2017-04-11"]) {
      expect(indicatorsDay({ date }, "2017-04-10")).toEqual({ asOf: "2017-04-10", live: true, ignored: ["date"] });
    }
  });
});
