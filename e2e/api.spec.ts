import { expect, test } from "@playwright/test";
import { lastNote, taskState, tokenFor } from "./support/database";
import { send } from "./support/from";
import { demoToday as today } from "./support/demo-day";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const change = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  toStatus: "IN_PROGRESS",
  effectiveOn: today(),
  note: "Cập nhật qua API",
  ...extra,
});

test.describe("API /api/v1", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("access matrix: who may change a Bộ Tài chính task, and nothing changes on a refusal", async ({ request }) => {
    const cases: [string | null, number][] = [
      [null, 401],
      ["leader", 403],
      ["btnmt", 403],
      ["vpcp", 403],
      ["btc", 200],
      ["analyst", 200],
      ["admin", 200],
    ];
    for (const [who, expected] of cases) {
      const before = (await taskState("36A-15"));
      const response = await request.patch("/api/v1/tasks/36A-15/status", {
        headers: who ? bearer((await tokenFor(who))) : {},
        // Each caller's own report: the same one again records nothing (below).
        data: change(before.version, { note: `Cập nhật qua API (${who})` }),
      });
      expect(response.status(), `${who}`).toBe(expected);
      const after = (await taskState("36A-15"));
      if (expected === 200) {
        expect(await response.json()).toEqual({ code: "36A-15", version: before.version + 1, unchanged: false });
        expect(after).toMatchObject({ version: before.version + 1, history: before.history + 1 });
      } else {
        expect(response.headers()["content-type"]).toContain("application/problem+json");
        expect(after, `${who}`).toEqual(before);
      }
    }
    // The last report sent again, on the version it was made on: recorded once.
    const before = await taskState("36A-15");
    const again = await request.patch("/api/v1/tasks/36A-15/status", {
      headers: bearer(await tokenFor("admin")),
      data: change(before.version - 1, { note: "Cập nhật qua API (admin)" }),
    });
    expect(await again.json()).toEqual({ code: "36A-15", version: before.version, unchanged: true });
    expect(await taskState("36A-15")).toEqual(before);
  });

  test("reads tasks with the task table's filters, agencies and quarters", async ({ request }) => {
    const auth = bearer((await tokenFor("leader")));
    const tasks = await request.get("/api/v1/tasks?agency=BTC&status=IN_PROGRESS&quarter=2017-Q1", { headers: auth });
    expect(tasks.status()).toBe(200);
    expect(await tasks.json()).toMatchObject({ quarter: "2017-Q1", total: 3, data: [{ agencyCode: "BTC" }, { agencyCode: "BTC" }, { agencyCode: "BTC" }] });
    const bad = await request.get("/api/v1/tasks?status=DONE&page=-1", { headers: auth });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ invalidParams: ["status", "page"] });
    const quarters = await (await request.get("/api/v1/quarters", { headers: auth })).json();
    expect(quarters.data.map((q: { completed: number }) => q.completed)).toEqual([4, 9, 16, 24, 31, 34]);
    const agencies = await (await request.get("/api/v1/agencies?quarter=2017-Q1&kind=MINISTRY", { headers: auth })).json();
    expect(agencies.data.find((a: { code: string }) => a.code === "BTC")).toMatchObject({ assigned: 5, completed: 2 });
    const one = await (await request.get("/api/v1/tasks/36A-04", { headers: auth })).json();
    expect(one.history.at(-1).evidence).toMatchObject({ number: "6118/VPCP-KGVX" });
    expect((await request.get("/api/v1/tasks/36A-99", { headers: auth })).status()).toBe(404);
  });

  test("a stale version is refused with 409 and the task as it is now", async ({ request }) => {
    const auth = bearer((await tokenFor("vpcp")));
    const seen = (await taskState("36A-03")).version;
    expect((await request.patch("/api/v1/tasks/36A-03/status", { headers: auth, data: change(seen, { note: "Một" }) })).status()).toBe(200);
    const after = (await taskState("36A-03"));
    const stale = await request.patch("/api/v1/tasks/36A-03/status", { headers: auth, data: change(seen, { note: "Hai" }) });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ current: { version: seen + 1, lastChange: { note: "Một" } } });
    expect((await taskState("36A-03"))).toEqual(after);
  });

  test("bad input gets a clear 4xx, never a 500, and writes nothing", async ({ request }) => {
    const auth = { ...bearer((await tokenFor("analyst"))), "content-type": "application/json" };
    const url = "/api/v1/tasks/36A-14/status";
    const version = (await taskState("36A-14")).version;
    const cases: [string, string, number][] = [
      ["malformed JSON", "{not json", 400],
      ["an array", "[1,2]", 400],
      ["wrong types", JSON.stringify({ version: "x", toStatus: 3, effectiveOn: 20170101, note: {} }), 422],
      ["missing fields", JSON.stringify({}), 422],
      ["a 100 kB note", JSON.stringify(change(version, { note: "x".repeat(100_000) })), 422],
      ["an unknown status", JSON.stringify(change(version, { toStatus: "DONE" })), 422],
      ["a completion without evidence", JSON.stringify(change(version, { toStatus: "COMPLETED" })), 422],
      ["a 300 kB body", JSON.stringify(change(version, { padding: "y".repeat(300_000) })), 413],
    ];
    const before = (await taskState("36A-14"));
    for (const [label, body, status] of cases) {
      const response = await request.patch(url, { headers: auth, data: body });
      expect(response.status(), label).toBe(status);
      const problem = await response.json();
      expect(problem.title, label).toBeTruthy();
      expect(JSON.stringify(problem), label).not.toMatch(/at \w+ \(|node_modules/);
    }
    const invalid = await (await request.patch(url, { headers: auth, data: JSON.stringify(change(version, { toStatus: "COMPLETED" })) })).json();
    expect(invalid.errors.evidenceNumber[0].message).toBe("Báo cáo hoàn thành cần số và ngày của văn bản chứng minh.");
    expect((await taskState("36A-14"))).toEqual(before);

    const script = `<script>alert(1)</script>`;
    const stored = await request.patch(url, { headers: auth, data: JSON.stringify(change(version, { note: script })) });
    expect(stored.status()).toBe(200);
    expect((await lastNote("36A-14"))).toBe(script);
  });

  test("a revoked or unknown token is refused, and too many requests get 429", async ({ request }) => {
    expect((await request.get("/api/v1/tasks", { headers: bearer("t36a_not-a-real-token") })).status()).toBe(401);
    // Bad tokens are counted against the address they come from: a flood from an address of its own,
    // so that the browser's address (127.0.0.1) keeps its allowance for the other tests.
    let last = 0;
    for (let i = 0; i < 310 && last !== 429; i++) last = (await send("127.0.0.26", "GET", "/api/v1/tasks", { headers: bearer("t36a_flood-flood-flood") })).status;
    expect(last).toBe(429);
  });

  test("the OpenAPI document is generated from the same schemas", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(["/tasks", "/tasks/{code}", "/tasks/{code}/status", "/document-events", "/document-flows", "/agencies", "/quarters", "/sessions", "/sessions/{id}"]);
    const events = doc.components.schemas.DocumentEvents.properties.events;
    expect(events.maxItems).toBe(500);
    expect([...events.items.properties.status.enum].sort()).toEqual(["01", "02", "03", "04", "05", "06", "13", "15", "16"]);
    const body = doc.components.schemas.StatusChange;
    expect(body.required).toEqual(["version", "toStatus", "effectiveOn", "note"]);
    expect(body.properties.note.maxLength).toBe(2000);
    expect(body.properties.toStatus.enum).toEqual(["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN"]);
  });
});

test.describe("API in English", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("answers in English when the caller asks for it", async ({ request }) => {
    const version = (await taskState("36A-14")).version;
    const response = await request.patch("/api/v1/tasks/36A-14/status", {
      headers: { ...bearer((await tokenFor("analyst"))), "accept-language": "en-GB,en;q=0.9" },
      data: change(version, { toStatus: "COMPLETED" }),
    });
    expect(response.status()).toBe(422);
    const problem = await response.json();
    expect(problem.title).toBe("Invalid data");
    expect(problem.errors.evidenceNumber[0].message).toBe("A completion needs the number and date of the document that shows it.");
  });
});

test.describe("API with the browser session", () => {
  test("a session may change data only from this site: a cross-origin request is refused", async ({ request, baseURL }) => {
    const before = (await taskState("36A-05"));
    const foreign = await request.patch("/api/v1/tasks/36A-05/status", { headers: { origin: "https://evil.example" }, data: change(before.version) });
    expect(foreign.status()).toBe(403);
    const bare = await request.patch("/api/v1/tasks/36A-05/status", { data: change(before.version) });
    expect(bare.status()).toBe(403);
    expect((await taskState("36A-05"))).toEqual(before);
    const own = await request.patch("/api/v1/tasks/36A-05/status", { headers: { origin: baseURL! }, data: change(before.version) });
    expect(own.status()).toBe(200);
  });

  test("tokens are created on the profile page, shown once, used, and revoked", async ({ page, request }) => {
    await page.goto("/profile");
    await page.getByLabel("Tên mã (dùng cho hệ thống nào)").fill("Hệ thống QLVB thử");
    await page.getByRole("button", { name: "Tạo mã truy cập" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^t36a_/);
    const auth = { authorization: `Bearer ${token}`, cookie: "" };
    expect((await request.get("/api/v1/tasks", { headers: auth })).status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    const row = page.getByTestId("token-list").getByRole("row", { name: /Hệ thống QLVB thử/ });
    await row.getByRole("button", { name: "Thu hồi" }).click();
    await expect(row).toContainText("Đã thu hồi");
    expect((await request.get("/api/v1/tasks", { headers: auth })).status()).toBe(401);
  });
});
