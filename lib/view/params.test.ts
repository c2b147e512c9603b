import { describe, expect, it } from "vitest";
import { tasksHref } from "./href";
import { parseAsOf, parseTaskQuery } from "./params";

describe("task list parameters", () => {
  it("reads repeated and comma-separated values, and defaults the rest", () => {
    const { value, ignored } = parseTaskQuery({ status: ["COMPLETED", "IN_PROGRESS,NOT_STARTED"], agency: "BTC" });
    expect(ignored).toEqual([]);
    expect(value).toMatchObject({
      status: ["COMPLETED", "IN_PROGRESS", "NOT_STARTED"],
      agency: ["BTC"],
      sort: "code",
      dir: "asc",
      page: 1,
      size: 25,
      overdue: false,
    });
  });

  it("ignores each malformed value and names its parameter", () => {
    const { value, ignored } = parseTaskQuery({
      status: "DONE,COMPLETED",
      kind: "PLANET",
      from: "2017-02-30",
      page: "-1",
      size: "7",
      sort: "drop table",
      dir: "sideways",
      overdue: "yes",
      agency: "<script>",
      q: "x".repeat(201),
    });
    expect(ignored.sort()).toEqual(["agency", "dir", "from", "kind", "overdue", "page", "q", "size", "sort", "status"]);
    expect(value).toMatchObject({ status: ["COMPLETED"], kind: [], page: 1, size: 25, sort: "code", dir: "asc", overdue: false, agency: [] });
    expect(value.deadlineFrom).toBeUndefined();
    expect(value.q).toBeUndefined();
  });

  it("drops a deadline range that ends before it starts", () => {
    const { value, ignored } = parseTaskQuery({ from: "2017-06-30", to: "2017-01-01" });
    expect(ignored).toEqual(["from", "to"]);
    expect(value.deadlineFrom).toBeUndefined();
  });

  it("reads the as-of and refuses two values for one", () => {
    expect(parseAsOf({ quarter: "2017-Q1", programme: "36a" })).toEqual({
      value: { quarter: { year: 2017, quarter: 1 }, programme: "36a" },
      ignored: [],
    });
    expect(parseAsOf({ quarter: ["2017-Q1", "2016-Q4"], date: "31/03/2017" }).ignored.sort()).toEqual(["date", "quarter"]);
  });
});

describe("links to the task list", () => {
  it("carries the as-of explicitly and only the filters given", () => {
    expect(tasksHref({ programme: "36a", quarter: { year: 2017, quarter: 1 } }, { agency: ["BTC"], status: ["IN_PROGRESS"] })).toBe(
      "/tasks?programme=36a&quarter=2017-Q1&agency=BTC&status=IN_PROGRESS",
    );
    expect(tasksHref({ programme: "36a", date: "2017-02-15" }, { overdue: true, q: "tài chính" })).toBe(
      "/tasks?programme=36a&date=2017-02-15&overdue=1&q=t%C3%A0i+ch%C3%ADnh",
    );
  });

  it("round-trips through the parser", () => {
    const href = tasksHref({ programme: "36a" }, { status: ["COMPLETED"], sort: "deadline", dir: "desc", page: 2, size: 50 });
    const raw = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseTaskQuery(raw).value).toMatchObject({ status: ["COMPLETED"], sort: "deadline", dir: "desc", page: 2, size: 50 });
  });
});
