// The security issue, points 6 and 7, through the real server: bad input and other origins get a 4xx
// and change nothing but the audit log. (Points 1 to 5 are in security-hardening.spec.ts.)
import { expect, test } from "@playwright/test";
import { rows, taskState, tokenFor } from "./support/database";
import { send } from "./support/from";
import { demoToday as today } from "./support/demo-day";

const change = (version: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version, toStatus: "IN_PROGRESS", effectiveOn: today(), note: "Cập nhật", ...extra });

test.describe("6. bad input gets a 4xx in problem+json and writes nothing but its audit row", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  const url = "/api/v1/tasks/36A-14/status";

  test("broken Unicode, control and direction characters, wrong number types, wrong media type", async ({ request }) => {
    const auth = { authorization: `Bearer ${(await tokenFor("analyst"))}`, "content-type": "application/json" };
    const version = (await taskState("36A-14")).version;
    const notUtf8 = Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    const cases: [string, string | Buffer, Record<string, string>, number, string | null][] = [
      ["a lone surrogate in note", change(version, { note: "PLACEHOLDER" }).replace("PLACEHOLDER", "a\\ud800b"), auth, 422, "note"],
      ["a NUL byte", change(version, { note: "a\u0000b" }), auth, 422, "note"],
      ["a right-to-left override", change(version, { note: "gpj.\u202Eexe" }), auth, 422, "note"],
      ["a control character in an unknown field", change(version, { extra: "\u0007" }), auth, 422, "extra"],
      ["version: true", change(version).replace(`"version":${version}`, '"version":true'), auth, 422, "version"],
      ['version: "0x22"', change(version).replace(`"version":${version}`, '"version":"0x22"'), auth, 422, "version"],
      ["a text/plain body", change(version), { ...auth, "content-type": "text/plain" }, 415, null],
      ["no content type", change(version), { authorization: auth.authorization }, 415, null],
      ["bytes that are not UTF-8", notUtf8, auth, 400, null],
      ["a right-to-left mark", change(version, { note: "abc\u200Fdef" }), auth, 422, "note"],
      ["JSON nested 100,000 deep", `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`, auth, 400, null],
    ];
    const before = (await taskState("36A-14"));
    for (const [label, body, headers, status, field] of cases) {
      const audits = (await rows(`SELECT "id" FROM "AuditEntry" WHERE "outcome" = 'REFUSED'`)).length;
      const response = await request.patch(url, { headers, data: body });
      expect(response.status(), label).toBe(status);
      expect(response.headers()["content-type"], label).toContain("application/problem+json");
      if (field) expect(Object.keys((await response.json()).errors), label).toEqual([field]);
      expect((await rows(`SELECT "id" FROM "AuditEntry" WHERE "outcome" = 'REFUSED'`)).length, label).toBe(audits + 1);
    }
    expect((await taskState("36A-14"))).toEqual(before);
    const surrogate = await (await request.patch(url, { headers: auth, data: change(version, { note: "PLACEHOLDER" }).replace("PLACEHOLDER", "a\\ud800b") })).json();
    expect(surrogate.errors.note[0]).toEqual({ code: "unicode", message: "Văn bản có ký tự hỏng (mã Unicode không hợp lệ); hãy gõ lại đoạn này." });
  });

  test("TRACE and PUT answer 405 with Allow; an empty or repeated parameter is a 400; the OpenAPI document says so", async ({ request }) => {
    const auth = { authorization: `Bearer ${(await tokenFor("leader"))}` };
    const trace = await send("127.0.0.1", "TRACE", "/api/v1/tasks");
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(trace.headers["content-type"]).toContain("application/problem+json");
    expect((await send("127.0.0.1", "TRACE", "/")).status).toBe(405);
    const put = await request.put(url, { headers: auth, data: {} });
    expect(put.status()).toBe(405);
    expect(put.headers().allow).toBe("PATCH, OPTIONS");
    expect(put.headers()["content-type"]).toContain("application/problem+json");
    const unknown = await request.get("/api/v1/nothing-here", { headers: auth });
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["content-type"]).toContain("application/problem+json");
    for (const query of ["quarter=", "quarter=2017-Q1&quarter=2016-Q4", "page=0"]) {
      const response = await request.get(`/api/v1/tasks?${query}`, { headers: auth });
      expect(response.status(), query).toBe(400);
      expect((await response.json()).invalidParams, query).toHaveLength(1);
    }
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.components.schemas.StatusChange.properties.effectiveOn.format).toBe("date");
    const quarter = doc.paths["/tasks"].get.parameters.find((p: { name: string }) => p.name === "quarter");
    expect(quarter.schema.pattern).toBe("^\\d{4}-Q[1-4]$");
  });
});

test.describe("6. what never reaches the application: malformed addresses and methods no route takes", () => {
  test("percent-encoding that does not decode is a 400, in problem+json under /api/, signed in or not", async ({ request }) => {
    for (const path of ["/api/v1/tasks/%ff", "/api/v1/tasks/%ED%A0%80", "/api/v1/sessions/%c0", "/api/%ff", "/api/auth/%ff"]) {
      const answer = await send("127.0.0.1", "GET", path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers["content-type"], path).toContain("application/problem+json");
    }
    for (const path of ["/tasks/%ff", "/reporting/2017-Q1/%ff"]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
  });

  test("pages take GET and POST only; an unknown API address is a 404 for every method; a 404 repeats no raw text", async ({ request }) => {
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const answer = await send("127.0.0.1", method, "/tasks");
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow, method).toBe("GET, HEAD, POST");
    }
    const auth = await send("127.0.0.1", "PUT", "/api/auth/session");
    expect([auth.status, auth.headers.allow]).toEqual([405, "GET, HEAD, POST"]);
    const options = await send("127.0.0.1", "OPTIONS", "/api/nothing-here");
    expect(options.status).toBe(404);
    expect(options.headers["content-type"]).toContain("application/problem+json");
    const echo = await request.get("/api/v1/tasks/%E2%80%AEexe", { headers: { authorization: `Bearer ${(await tokenFor("leader"))}` } });
    expect(echo.status()).toBe(404);
    expect(await echo.text()).not.toContain("\u202E");
  });
});

test.describe("7. the origin check compares scheme, host and port", () => {
  test("a server action posted with Origin https://same-host:port against the http server is refused and writes nothing", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: ".tmp/e2e/analyst.json" });
    const page = await context.newPage();
    await page.goto("/tasks/36A-10");
    const before = (await taskState("36A-10"));
    const statuses: number[] = [];
    await page.route("**/tasks/36A-10", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const response = await route.fetch({ headers: { ...route.request().headers(), origin: baseURL!.replace(/^http:/, "https:") } });
      statuses.push(response.status());
      await route.fulfill({ response });
    });
    const form = page.getByTestId("status-form");
    await form.getByLabel("Ghi chú").fill("Gửi từ https");
    await form.getByRole("button", { name: "Lưu cập nhật" }).click();
    await expect.poll(() => statuses).toEqual([403]);
    await expect(page.getByTestId("status-saved")).toHaveCount(0);
    expect((await taskState("36A-10"))).toEqual(before);
    await context.close();
  });

  test("a session's PATCH from https://same-host:port against the http server is refused", async ({ request, baseURL }) => {
    const before = (await taskState("36A-05"));
    const other = baseURL!.replace(/^http:/, "https:");
    const foreign = await request.patch("/api/v1/tasks/36A-05/status", { headers: { origin: other, "content-type": "application/json" }, data: change(before.version) });
    expect(foreign.status()).toBe(403);
    const port = await request.patch("/api/v1/tasks/36A-05/status", { headers: { origin: baseURL!.replace(/:\d+$/, ":1"), "content-type": "application/json" }, data: change(before.version) });
    expect(port.status()).toBe(403);
    expect((await taskState("36A-05"))).toEqual(before);
  });
});
