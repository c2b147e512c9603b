import { describe, expect, it } from "vitest";
import { fromThisSite, targetOrigin } from "./same-origin";

// Security issue, point 7: a page's write must come from exactly the origin it was sent to.
const headers = (values: Record<string, string>) => new Headers(values);

describe("same origin", () => {
  const http = { host: "127.0.0.1:3200", "x-forwarded-proto": "http" };

  it("is the scheme the server resolved and the host the browser addressed", () => {
    expect(targetOrigin(headers(http))).toBe("http://127.0.0.1:3200");
    expect(targetOrigin(headers({ host: "theodoi.vpcp.gov.vn", "x-forwarded-host": "TheoDoi.vpcp.gov.vn:443", "x-forwarded-proto": "https" }))).toBe("https://theodoi.vpcp.gov.vn");
    expect(targetOrigin(headers({ host: "x" }))).toBeNull();
  });

  it("takes only the exact origin: not another scheme, port or name, nor none", () => {
    expect(fromThisSite(headers({ ...http, origin: "http://127.0.0.1:3200" }))).toBe(true);
    for (const origin of ["https://127.0.0.1:3200", "http://127.0.0.1:1", "http://localhost:3200", "http://127.0.0.1:3200.evil.example", "null", "not a url"]) {
      expect(fromThisSite(headers({ ...http, origin })), origin).toBe(false);
    }
    expect(fromThisSite(headers(http))).toBe(false);
    // The same demo opened under its other name is its own site under that name.
    expect(fromThisSite(headers({ host: "localhost:3200", "x-forwarded-proto": "http", origin: "http://localhost:3200" }))).toBe(true);
  });
});
