import { describe, expect, it } from "vitest";
import { changeDayError } from "./change-day";

describe("the day a status change takes effect", () => {
  const bounds = { today: "2017-06-10", closedUntil: "2017-03-31", lastChangeOn: "2017-04-20" };
  it.each([
    ["2017-06-11", "futureDay"],
    ["2017-03-31", "closedQuarter"],
    ["2017-04-19", "beforeLastChange"],
    ["2017-04-20", null],
    ["2017-06-10", null],
  ])("%s → %s", (day, expected) => {
    expect(changeDayError(day, bounds)).toBe(expected);
  });

  it("keeps a quarter's report inside the quarter", () => {
    expect(changeDayError("2017-07-02", { ...bounds, today: "2017-07-05", endsOn: "2017-06-30" })).toBe("afterQuarterEnd");
    expect(changeDayError("2017-07-02", { ...bounds, today: "2017-07-05" })).toBeNull();
  });
});
