// Two production servers on one database (the second is the one whose clock runs later), as
// behind a load balancer: nothing a rule depends on lives in one server's memory.
import { expect, test } from "@playwright/test";
import { taskState, tokenFor } from "./support/database";
import { send, signInFrom, signOutFrom } from "./support/from";
import { demoToday as today } from "./support/demo-day";

const A = Number(process.env.E2E_PORT);
const B = Number(process.env.E2E_LATER_PORT);

test.describe("several instances on one database", () => {
  test("a status change through A is on B's pages at the next request", async ({ page }) => {
    const token = await tokenFor("analyst");
    const before = await taskState("36A-07");
    const note = `Cập nhật qua máy chủ A ${Date.now()}`;
    const patch = await send("127.0.0.1", "PATCH", "/api/v1/tasks/36A-07/status", {
      port: A,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ version: before.version, toStatus: "IN_PROGRESS", effectiveOn: today(), note }),
    });
    expect(patch.status).toBe(200);
    await page.goto(`http://127.0.0.1:${B}/tasks/36A-07`);
    await expect(page.getByTestId("task-history")).toContainText(note);
  });

  test("the rate limit counts the requests to both", async () => {
    const from = "127.0.0.33";
    const statuses: number[] = [];
    for (let i = 0; i < 320; i++) statuses.push((await send(from, "GET", "/api/v1/quarters", { port: i % 2 === 0 ? A : B })).status);
    expect(statuses.slice(0, 300).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(300).every((status) => status === 429)).toBe(true);
  });

  test("signing out on A ends the session on B", async () => {
    const signedIn = await signInFrom("127.0.0.34", "leader", "Demo@36a", { port: A });
    expect(signedIn.cookie).not.toBeNull();
    expect((await send("127.0.0.34", "GET", "/api/v1/quarters", { port: B, headers: { cookie: signedIn.cookie! } })).status).toBe(200);
    expect(await signOutFrom("127.0.0.34", signedIn.cookie!, { port: A })).toBe(200);
    expect((await send("127.0.0.34", "GET", "/api/v1/quarters", { port: B, headers: { cookie: signedIn.cookie! } })).status).toBe(401);
  });

  test("a sign-in lock set through A holds on B", async () => {
    for (let i = 0; i < 5; i++) expect((await signInFrom("127.0.0.35", "vpcp", `sai-${i}`, { port: A })).error).toBe("invalid");
    const onB = await signInFrom("127.0.0.35", "vpcp", "Demo@36a", { port: B });
    expect(onB.cookie).toBeNull();
    expect(onB.error).toMatch(/^locked:\d+$/);
  });
});
