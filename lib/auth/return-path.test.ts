import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnPath("/tasks?agency=BTC&status=IN_PROGRESS")).toBe("/tasks?agency=BTC&status=IN_PROGRESS");
  });
  it("refuses other origins and odd forms", () => {
    for (const bad of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
