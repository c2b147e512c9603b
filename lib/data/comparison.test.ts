import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { compareSnapshots } from "./comparison";

beforeAll(async () => {
  await resetDemoData(db());
});

const q4 = { basis: { kind: "record" as const, periodId: "period-36a-2016q4" }, asOf: "2016-12-31" };
const q1 = { basis: { kind: "record" as const, periodId: "period-36a-2017q1" }, asOf: "2017-03-31" };

describe("comparing Q1/2017 with Q4/2016", () => {
  it("explains the change of the figures and of the denominator", async () => {
    const c = await compareSnapshots(q4, q1);
    expect([c.from.completed, c.from.assigned, c.to.completed, c.to.assigned]).toEqual([31, 75, 34, 73]);
    expect(c.becameCompleted.map((t) => t.code)).toEqual(["36A-06", "36A-21", "36A-73"]);
    expect(c.withdrawn.map((t) => [t.code, t.fromStatus])).toEqual([["36A-74", "IN_PROGRESS"], ["36A-75", "IN_PROGRESS"]]);
    expect(c.added).toEqual([]);
    expect(c.noLongerCompleted).toEqual([]);
    // Deadlines of 31/12/2016 passed during the quarter: not overdue on that day, overdue at its end.
    expect(c.fellOverdue.map((t) => t.code)).toEqual([
      "36A-10", "36A-16", "36A-23", "36A-25", "36A-27", "36A-29", "36A-30", "36A-39", "36A-42", "36A-46", "36A-50", "36A-54", "36A-68", "36A-71",
    ]);
  });

  it("gives each agency's change and who left or joined the agencies that completed none", async () => {
    const c = await compareSnapshots(q4, q1);
    expect(c.agencies.find((a) => a.code === "VPCP")).toMatchObject({ from: { assigned: 6, completed: 2 }, to: { assigned: 6, completed: 3 } });
    expect(c.agencies.find((a) => a.code === "BXD")).toMatchObject({ from: { assigned: 4 }, to: { assigned: 3 } });
    expect(c.agencies.slice(0, 3).map((a) => a.code)).toEqual(["BKHDT", "UBDT", "VPCP"]);
    expect(c.outOfNoneCompleted.map((a) => a.code)).toEqual(["UBDT"]);
    expect(c.intoNoneCompleted).toEqual([]);
  });

  it("counts each list in full when it returns only the first rows of each (a page)", async () => {
    const c = await compareSnapshots(q4, q1, { limit: 5 });
    expect(c.totals).toEqual({ becameCompleted: 3, fellOverdue: 14, added: 0, withdrawn: 2, noLongerCompleted: 0 });
    expect(c.fellOverdue.map((t) => t.code)).toEqual(["36A-10", "36A-16", "36A-23", "36A-25", "36A-27"]);
    expect(c.becameCompleted).toHaveLength(3);
  });

  it("compares the other way round as well", async () => {
    const c = await compareSnapshots(q1, q4);
    expect(c.noLongerCompleted.map((t) => t.code)).toEqual(["36A-06", "36A-21", "36A-73"]);
    expect(c.intoNoneCompleted.map((a) => a.code)).toEqual(["UBDT"]);
  });
});

describe("tasks added between the two", () => {
  it("counts a new task as added, and one added and withdrawn in between as neither", async () => {
    const task = (code: string) => ({ id: `task-${code}`, programmeId: "prg-36a", code, title: code, leadAgencyId: "agency-BTC", assignedOn: "2017-04-05", deadline: "2017-12-31" });
    await db().task.createMany({ data: [task("36A-76"), task("36A-77")] });
    await db().taskStatusChange.createMany({
      data: [
        { taskId: "task-36A-76", toStatus: "NOT_STARTED", effectiveOn: "2017-04-05", note: "Giao" },
        { taskId: "task-36A-77", toStatus: "NOT_STARTED", effectiveOn: "2017-04-05", note: "Giao" },
        { taskId: "task-36A-77", fromStatus: "NOT_STARTED", toStatus: "WITHDRAWN", effectiveOn: "2017-05-01", note: "Nhập vào 36A-76", withdrawnReason: "MERGED" },
      ],
    });
    const c = await compareSnapshots(q1, { basis: { kind: "date", programmeId: "prg-36a", asOf: "2017-06-30" }, asOf: "2017-06-30" });
    expect(c.added.map((t) => t.code)).toEqual(["36A-76"]);
    expect(c.withdrawn).toEqual([]);
    expect([c.from.assigned, c.to.assigned]).toEqual([73, 74]);
  });
});
