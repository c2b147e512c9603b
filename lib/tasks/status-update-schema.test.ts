import { describe, expect, it } from "vitest";
import { statusUpdateErrors } from "./status-update-schema";

const base = { taskId: "task-36A-13", version: "3", toStatus: "IN_PROGRESS", effectiveOn: "2017-05-02", note: "Đang trình ký" };

describe("status update rules", () => {
  it("accepts a plain change and reads form strings", () => {
    const { data, errors } = statusUpdateErrors({ ...base, evidenceNumber: "", evidenceUrl: "" });
    expect(errors).toEqual({});
    expect(data).toMatchObject({ version: 3, evidenceNumber: undefined, evidenceUrl: undefined });
  });

  it("requires evidence for a completion, and a reason for a withdrawal", () => {
    expect(statusUpdateErrors({ ...base, toStatus: "COMPLETED" }).errors).toEqual({
      evidenceNumber: ["evidenceRequired"],
      evidenceDate: ["evidenceRequired"],
    });
    expect(statusUpdateErrors({ ...base, toStatus: "WITHDRAWN" }).errors).toEqual({ withdrawnReason: ["withdrawnReason"] });
  });

  it("names each bad field: types, enums, lengths, dates, links", () => {
    const { errors } = statusUpdateErrors({
      taskId: 7,
      version: "x",
      toStatus: "DONE",
      effectiveOn: "02/05/2017",
      note: "x".repeat(100_000),
      evidenceUrl: "javascript:alert(1)",
      evidenceDate: "2017-02-30",
    });
    expect(Object.keys(errors).sort()).toEqual(["effectiveOn", "evidenceDate", "evidenceUrl", "note", "taskId", "toStatus", "version"]);
    expect(errors.note).toEqual(["tooLong"]);
    expect(errors.evidenceUrl).toEqual(["url"]);
  });

  it("refuses evidence dated after the change it shows", () => {
    expect(statusUpdateErrors({ ...base, evidenceDate: "2017-06-01" }).errors).toEqual({ evidenceDate: ["evidenceAfterChange"] });
  });
});
