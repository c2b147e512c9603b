import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

// Security issue, point 2: no open redirect through the sign-in page's return address.
describe("safeReturnPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeReturnPath("/tasks?agency=BTC&status=IN_PROGRESS")).toBe("/tasks?agency=BTC&status=IN_PROGRESS");
    expect(safeReturnPath("/tasks?q=t%C3%A0i+ch%C3%ADnh")).toBe("/tasks?q=t%C3%A0i+ch%C3%ADnh");
  });

  it("refuses other origins and odd forms", () => {
    const bad = [
      "/.//evil.example/phish",
      "/..//evil.example",
      "//evil.example/x",
      "///evil.example",
      "https://evil.example",
      "/\\evil.example",
      "/%2F%2Fevil.example",
      "/%2f/evil.example",
      "/%5Cevil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "",
      undefined,
    ];
    for (const value of bad) expect(safeReturnPath(value), String(value)).toBe("/");
  });

  it("never returns anything a browser resolves to another origin", () => {
    const origin = "https://theodoi.vpcp.gov.vn";
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl().map((url) => url.replace(/^https?:/, "")), fc.constantFrom("/", "//", "/\\", "/./", "%2f", "\\")).chain((tail) => fc.constant(`/${tail}`)), (value) => {
        const path = safeReturnPath(value);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(new URL(path, origin).origin).toBe(origin);
      }),
      { numRuns: 2_000 },
    );
  });
});
