import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDate, isIsoDate, todayInVietnam } from "./dates";

describe("calendar dates", () => {
  it("accepts only real YYYY-MM-DD days", () => {
    expect(isIsoDate("2017-03-15")).toBe(true);
    expect(isIsoDate("2016-02-29")).toBe(true);
    expect(isIsoDate("2017-02-29")).toBe(false);
    expect(isIsoDate("15/03/2017")).toBe(false);
    expect(isIsoDate("2017-3-15")).toBe(false);
    expect(isIsoDate(20170315)).toBe(false);
  });

  it("prints dd/mm/yyyy in both languages", () => {
    expect(formatDate("2017-03-15", "vi")).toBe("15/03/2017");
    expect(formatDate("2017-03-15", "en")).toBe("15/03/2017");
  });

  it("counts calendar days", () => {
    expect(daysBetween("2016-12-31", "2017-03-31")).toBe(90);
    expect(daysBetween("2017-03-31", "2016-12-31")).toBe(-90);
    expect(addDays("2016-02-28", 1)).toBe("2016-02-29");
  });

  it("takes today in Vietnam, seven hours ahead of UTC", () => {
    expect(todayInVietnam(new Date("2017-03-31T16:59:00Z"))).toBe("2017-03-31");
    expect(todayInVietnam(new Date("2017-03-31T17:00:00Z"))).toBe("2017-04-01");
  });
});
