import { describe, expect, it } from "vitest";
import { classifyTask, isOverdue, taskOnDay } from "./task-class";

const asOf = "2017-03-31";

describe("task class as of a date", () => {
  it("puts each kind of task in its one class", () => {
    expect(classifyTask({ status: "COMPLETED", deadline: "2016-12-31", completedOn: "2016-11-02" }, asOf)).toBe("COMPLETED_ON_TIME");
    expect(classifyTask({ status: "COMPLETED", deadline: "2015-12-31", completedOn: "2016-03-10" }, asOf)).toBe("COMPLETED_LATE");
    expect(classifyTask({ status: "COMPLETED", deadline: null, completedOn: "2016-03-10" }, asOf)).toBe("COMPLETED_ON_TIME");
    expect(classifyTask({ status: "IN_PROGRESS", deadline: "2016-12-31", completedOn: null }, asOf)).toBe("OVERDUE");
    expect(classifyTask({ status: "NOT_STARTED", deadline: "2016-06-30", completedOn: null }, asOf)).toBe("OVERDUE");
    expect(classifyTask({ status: "IN_PROGRESS", deadline: "2017-12-31", completedOn: null }, asOf)).toBe("IN_PROGRESS");
    expect(classifyTask({ status: "NOT_STARTED", deadline: "2017-12-31", completedOn: null }, asOf)).toBe("NOT_STARTED");
    expect(classifyTask({ status: "IN_PROGRESS", deadline: null, completedOn: null }, asOf)).toBe("NO_DEADLINE");
    expect(classifyTask({ status: "WITHDRAWN", deadline: "2016-01-01", completedOn: null }, asOf)).toBe("WITHDRAWN");
  });

  it("is overdue only from the day after the deadline", () => {
    const task = { status: "IN_PROGRESS" as const, deadline: "2017-03-31", completedOn: null };
    expect(isOverdue(task, "2017-03-31")).toBe(false);
    expect(isOverdue(task, "2017-04-01")).toBe(true);
  });
});

describe("a task on a day, from its history", () => {
  const history = [
    { effectiveOn: "2015-01-15", toStatus: "NOT_STARTED" as const },
    { effectiveOn: "2016-02-01", toStatus: "IN_PROGRESS" as const },
    { effectiveOn: "2017-05-20", toStatus: "COMPLETED" as const },
  ];

  it("takes the last change on or before the day, and its completion's day", () => {
    expect(taskOnDay("2016-12-31", history, "2015-01-14")).toBeNull();
    expect(taskOnDay("2016-12-31", history, "2016-02-01")).toEqual({ status: "IN_PROGRESS", deadline: "2016-12-31", completedOn: null });
    expect(classifyTask(taskOnDay("2016-12-31", history, "2017-04-10")!, "2017-04-10")).toBe("OVERDUE");
    expect(taskOnDay("2016-12-31", history, "2017-05-20")).toEqual({ status: "COMPLETED", deadline: "2016-12-31", completedOn: "2017-05-20" });
    expect(classifyTask(taskOnDay("2016-12-31", history, "2026-01-01")!, "2026-01-01")).toBe("COMPLETED_LATE");
  });
});
