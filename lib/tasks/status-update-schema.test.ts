import { describe, expect, it } from "vitest";
import { statusFormInput, statusUpdateErrors } from "./status-update-schema";

const base = { taskId: "task-36A-13", version: 3, toStatus: "IN_PROGRESS", effectiveOn: "2017-05-02", note: "Đang trình ký" };

describe("status update rules", () => {
  it("accepts a plain change and reads form strings", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...base, evidenceNumber: "", evidenceUrl: "" })) form.set(name, String(value));
    const { data, errors } = statusUpdateErrors(statusFormInput(form));
    expect(errors).toEqual({});
    expect(data).toMatchObject({ version: 3, evidenceNumber: undefined, evidenceUrl: undefined });
  });

  it("takes numbers as numbers: not true, not a string, not hexadecimal (security issue, point 6)", () => {
    for (const version of [true, "3", "0x22", 1.5, 0, "1e1"]) expect(statusUpdateErrors({ ...base, version }).errors, String(version)).toEqual({ version: ["required"] });
  });

  it("refuses broken Unicode and control or direction-override characters, and keeps a textarea's line ends as LF (point 6)", () => {
    expect(statusUpdateErrors({ ...base, note: "a\ud800b" }).errors).toEqual({ note: ["unicode"] });
    expect(statusUpdateErrors({ ...base, note: "a\u0000b" }).errors).toEqual({ note: ["control"] });
    expect(statusUpdateErrors({ ...base, note: "lệnh \u202Etxt.exe" }).errors).toEqual({ note: ["control"] });
    expect(statusUpdateErrors({ ...base, evidenceNumber: "12\u0007" }).errors).toEqual({ evidenceNumber: ["control"] });
    expect(statusUpdateErrors({ ...base, note: "Dòng một\r\nDòng hai\tcột" }).data?.note).toBe("Dòng một\nDòng hai\tcột");
    expect(statusUpdateErrors({ ...base, note: "Nhiệm vụ 🇻🇳 đã xong" }).errors).toEqual({});
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
