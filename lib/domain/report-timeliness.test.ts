import { describe, expect, it } from "vitest";
import { daysPastDue, dueSoon, reportAsOf, reportingAsOf, reportTimeliness } from "./report-timeliness";

describe("report timeliness", () => {
  const due = "2017-03-15";
  it.each([
    ["sent before the due date", "2017-03-10", "2017-04-10", "ON_TIME", 0],
    ["sent on the due date", "2017-03-15", "2017-04-10", "ON_TIME", 0],
    ["sent the day after", "2017-03-16", "2017-04-10", "LATE", 1],
    ["not sent, past due", null, "2017-04-10", "MISSING", 26],
    ["not sent, due today", null, "2017-03-15", "NOT_YET_DUE", 0],
    ["sent after the day the figures are read", "2017-03-20", "2017-03-18", "MISSING", 3],
  ] as const)("%s", (_label, sent, asOf, expected, days) => {
    expect(reportTimeliness(due, sent, asOf)).toBe(expected);
    expect(daysPastDue(due, sent, asOf)).toBe(days);
  });

  it("is due soon from seven days before through the due date", () => {
    expect(dueSoon(due, "2017-03-07")).toBe(false);
    expect(dueSoon(due, "2017-03-08")).toBe(true);
    expect(dueSoon(due, "2017-03-15")).toBe(true);
    expect(dueSoon(due, "2017-03-16")).toBe(false);
  });

  it("reads a report's statuses as of the quarter's end, or today while it runs", () => {
    expect(reportAsOf({ endsOn: "2017-06-30" }, "2017-06-10")).toBe("2017-06-10");
    expect(reportAsOf({ endsOn: "2017-06-30" }, "2026-11-25")).toBe("2017-06-30");
  });

  it("reads a closed quarter's reporting as of the day it was closed, an open one as of today", () => {
    expect(reportingAsOf({ state: "CLOSED", closedOn: "2017-04-10" }, "2026-11-25")).toBe("2017-04-10");
    expect(reportingAsOf({ state: "OPEN", closedOn: null }, "2026-11-25")).toBe("2026-11-25");
  });
});
