import { describe, expect, it } from "vitest";
import { compareQuarters, nextQuarter, previousQuarter, quarterBounds, quarterLabel, quarterOf } from "./quarter";

describe("quarters", () => {
  it("labels quarters in the reports' style", () => {
    expect(quarterLabel({ year: 2017, quarter: 1 }, "vi")).toBe("Quý I/2017");
    expect(quarterLabel({ year: 2015, quarter: 4 }, "vi")).toBe("Quý IV/2015");
    expect(quarterLabel({ year: 2016, quarter: 3 }, "en")).toBe("Q3/2016");
  });

  it("knows each quarter's first and last day, leap years included", () => {
    expect(quarterBounds({ year: 2017, quarter: 1 })).toEqual({ startsOn: "2017-01-01", endsOn: "2017-03-31" });
    expect(quarterBounds({ year: 2016, quarter: 2 })).toEqual({ startsOn: "2016-04-01", endsOn: "2016-06-30" });
    expect(quarterBounds({ year: 2015, quarter: 4 })).toEqual({ startsOn: "2015-10-01", endsOn: "2015-12-31" });
  });

  it("finds the quarter of a date and the one before it across a year", () => {
    expect(quarterOf("2016-02-29")).toEqual({ year: 2016, quarter: 1 });
    expect(quarterOf("2016-12-31")).toEqual({ year: 2016, quarter: 4 });
    expect(previousQuarter({ year: 2017, quarter: 1 })).toEqual({ year: 2016, quarter: 4 });
    expect(previousQuarter({ year: 2016, quarter: 3 })).toEqual({ year: 2016, quarter: 2 });
    expect(nextQuarter({ year: 2016, quarter: 4 })).toEqual({ year: 2017, quarter: 1 });
    expect(nextQuarter({ year: 2017, quarter: 1 })).toEqual({ year: 2017, quarter: 2 });
    expect(compareQuarters({ year: 2016, quarter: 4 }, { year: 2017, quarter: 1 })).toBeLessThan(0);
  });
});
