import { describe, expect, it } from "vitest";
import { currentState, isFinal, rejectionOf, type DeliveryTimes } from "./document-status";

const arrived: DeliveryTimes = { "01": 1_000 };

describe("a delivery's states (QCVN 102:2016 status packets)", () => {
  it("starts only with arrival, once", () => {
    expect(rejectionOf(null, "01", 1)).toBeNull();
    expect(rejectionOf(null, "03", 1)).toBe("notArrived");
    expect(rejectionOf(arrived, "01", 2_000)).toBe("alreadyArrived");
  });

  it("goes forward through the steps of processing, never back, never before the last state's time", () => {
    expect(rejectionOf(arrived, "03", 2_000)).toBeNull();
    expect(rejectionOf(arrived, "05", 2_000)).toBeNull();
    expect(rejectionOf({ ...arrived, "05": 2_000 }, "03", 3_000)).toBe("outOfOrder");
    expect(rejectionOf({ ...arrived, "03": 2_000 }, "04", 1_500)).toBe("beforePrevious");
  });

  it("refuses only what has just arrived; nothing follows a final state", () => {
    expect(rejectionOf(arrived, "02", 2_000)).toBeNull();
    expect(rejectionOf({ ...arrived, "03": 2_000 }, "02", 3_000)).toBe("outOfOrder");
    expect(rejectionOf({ ...arrived, "06": 2_000 }, "13", 3_000)).toBe("afterFinal");
    expect(rejectionOf({ ...arrived, "02": 2_000 }, "03", 3_000)).toBe("afterFinal");
    expect(isFinal({ ...arrived, "15": 2 })).toBe(true);
  });

  it("answers a recall once, and holds processing while it waits", () => {
    expect(rejectionOf(arrived, "15", 2_000)).toBe("noRecall");
    const asked = { ...arrived, "13": 2_000 };
    expect(rejectionOf(asked, "05", 3_000)).toBe("recallPending");
    expect(rejectionOf(asked, "16", 3_000)).toBeNull();
    expect(rejectionOf({ ...asked, "16": 3_000 }, "05", 4_000)).toBeNull();
    expect(rejectionOf({ ...asked, "16": 3_000 }, "13", 4_000)).toBe("noRecall");
    expect(currentState({ ...asked, "16": 3_000 })).toEqual({ code: "16", at: 3_000 });
  });
});
