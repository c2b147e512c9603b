import { describe, expect, it } from "vitest";
import { completionRate, formatRate, percentagePointChange, formatSignedNumber } from "./rate";

describe("completion rate", () => {
  it("formats the Q1/2017 figure as the reports do, with a decimal comma in Vietnamese", () => {
    expect(formatRate(completionRate(34, 73), "vi")).toBe("34/73 (46,6%)");
    expect(formatRate(completionRate(34, 73), "en")).toBe("34/73 (46.6%)");
  });

  it("keeps each quarter's own denominator: 31/75 is the 41% of the 2016 report, 31/73 would not be", () => {
    expect(formatRate(completionRate(31, 75), "vi")).toBe("31/75 (41,3%)");
    expect(formatRate(completionRate(31, 73), "vi")).toBe("31/73 (42,5%)");
  });

  it("treats nothing assigned as no rate rather than 0%", () => {
    expect(completionRate(0, 0).ratio).toBeNull();
    expect(formatRate(completionRate(0, 0), "vi")).toBe("0/0 (—)");
  });

  it("refuses impossible fractions", () => {
    expect(() => completionRate(5, 4)).toThrow(RangeError);
    expect(() => completionRate(-1, 4)).toThrow(RangeError);
    expect(() => completionRate(1.5, 4)).toThrow(RangeError);
  });

  it("measures the change in percentage points", () => {
    expect(percentagePointChange(completionRate(31, 75), completionRate(34, 73))).toBe(5.2);
    expect(percentagePointChange(completionRate(0, 0), completionRate(34, 73))).toBeNull();
    expect(formatSignedNumber(5.2, "vi", 1)).toBe("+5,2");
    expect(formatSignedNumber(-3, "en")).toBe("-3");
  });
});
