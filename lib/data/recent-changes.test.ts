import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { listRecentChanges } from "./recent-changes";

beforeAll(async () => {
  await resetDemoData(db());
});

describe("recent changes", () => {
  it("lists every change newest first, by lead agency and by recorded day in Vietnam", async () => {
    const all = await listRecentChanges({ page: 1, size: 50 });
    expect(all.total).toBe(await db().taskStatusChange.count());
    const times = all.rows.map((r) => r.changedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const btc = await listRecentChanges({ agency: "BTC", page: 1, size: 50 });
    expect(btc.total).toBe(await db().taskStatusChange.count({ where: { task: { leadAgency: { code: "BTC" } } } }));
    expect(btc.rows.every((r) => r.agencyCode === "BTC")).toBe(true);

    // The demo records at 09:00 Hanoi time: 36A-04's completion on 22/07/2016 is found on that day only.
    const day = await listRecentChanges({ agency: "VPCP", from: "2016-07-22", to: "2016-07-22", page: 1, size: 50 });
    expect(day.rows.map((r) => r.taskCode)).toContain("36A-04");
    expect(day.rows.every((r) => r.effectiveOn === "2016-07-22")).toBe(true);
    const before = await listRecentChanges({ agency: "VPCP", from: "2016-07-21", to: "2016-07-21", page: 1, size: 50 });
    expect(before.rows.map((r) => r.taskCode)).not.toContain("36A-04");
  });
});
