import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_DAY } from "@/lib/clock";
import { db } from "@/lib/db";
import { connectedCount, totalCount } from "@/lib/domain/rollout";
import { resetDemoData } from "@/prisma/demo/reset";
import { getProvinceSubunits, getRolloutCounts, getRolloutGrid, getRolloutTrend, trendDays } from "./rollout";
import { allRolloutAgencies, countRolloutAgencies, listRolloutAgencies } from "./rollout-rows";

const RECORD = "2016-01-15";

beforeAll(async () => {
  await resetDemoData(db());
});

describe("the rollout as of 15/01/2016 (seed 001)", () => {
  it("counts 22/29 central agencies and 63/63 provinces connected, the hub (VPCP) in neither", async () => {
    const counts = await getRolloutCounts(RECORD);
    expect(totalCount(counts.central)).toBe(29);
    expect(connectedCount(counts.central)).toBe(22);
    expect(totalCount(counts.province)).toBe(63);
    expect(connectedCount(counts.province)).toBe(63);
  });

  it("has 5/29 and 2/63 sending and receiving, 10/29 and 61/63 also reporting processing status", async () => {
    const counts = await getRolloutCounts(RECORD);
    expect(counts.central).toEqual({ NOT_CONNECTED: 7, CONNECTED: 7, SEND_RECEIVE: 5, STATUS_FEEDBACK: 10 });
    expect(counts.province).toEqual({ NOT_CONNECTED: 0, CONNECTED: 0, SEND_RECEIVE: 2, STATUS_FEEDBACK: 61 });
  });

  it("has 774 departments, 411 districts and 1,883 communes connected, each counted in its province", async () => {
    const counts = await getRolloutCounts(RECORD);
    expect([counts.department, counts.district, counts.commune].map(connectedCount)).toEqual([774, 411, 1_883]);
    expect([counts.department, counts.district, counts.commune].map((c) => c.NOT_CONNECTED)).toEqual([0, 0, 0]);
    const provinces = await getProvinceSubunits(RECORD);
    expect(provinces).toHaveLength(63);
    const sum = (kind: "department" | "district" | "commune") => provinces.reduce((n, p) => n + p.units[kind].connected, 0);
    expect([sum("department"), sum("district"), sum("commune")]).toEqual([774, 411, 1_883]);
    const anGiang = provinces.find((p) => p.code === "VN-44")!;
    expect(anGiang.units.commune.total).toBe(await countRolloutAgencies(RECORD, { group: "commune", stage: null, province: "VN-44" }));
  });

  it("shows each of the 92 top-level agencies in the grid with its stage and the day it reached it", async () => {
    const grid = await getRolloutGrid(RECORD);
    expect(grid).toHaveLength(92);
    expect(grid.some((a) => a.code === "VPCP")).toBe(false);
    expect(grid.filter((a) => a.level === "STATUS_FEEDBACK")).toHaveLength(71);
    for (const cell of grid) expect(cell.reachedOn === null ? cell.level === "NOT_CONNECTED" : cell.reachedOn <= RECORD).toBe(true);
  });

  it("lists exactly the agencies behind each count, 25 a page", async () => {
    const counts = await getRolloutCounts(RECORD);
    const send = await listRolloutAgencies(RECORD, { group: "central", stage: "SEND_RECEIVE", province: null }, 1);
    expect(send.total).toBe(5);
    expect(send.rows.map((r) => r.level)).toEqual(Array(5).fill("SEND_RECEIVE"));
    const communes = await listRolloutAgencies(RECORD, { group: "commune", stage: "ANY_CONNECTED", province: null }, 3);
    expect(communes).toMatchObject({ total: connectedCount(counts.commune), page: 3, pageCount: Math.ceil(1_883 / 25) });
    expect(communes.rows).toHaveLength(25);
    expect(communes.rows.every((r) => r.province && r.parent?.code.startsWith(r.province.code))).toBe(true);
    const late = await allRolloutAgencies(RECORD, { group: "central", stage: "NOT_CONNECTED", province: null }, 1_000);
    expect(late.map((r) => r.code).sort()).toEqual(["BCA", "BQLLANG", "BQP", "HVCTQG", "VHLKHCN", "VHLKHXH", "VOV"]);
    // A page past the last shows the last.
    expect((await listRolloutAgencies(RECORD, { group: "central", stage: "CONNECTED", province: null }, 9)).page).toBe(1);
  });
});

describe("the rollout on other days", () => {
  it("moves after the record: every central agency connected during 2016, most reporting status by the demo's day, none later", async () => {
    const endOf2016 = await getRolloutCounts("2016-12-31");
    expect(endOf2016.central.NOT_CONNECTED).toBe(0);
    expect(endOf2016).not.toEqual(await getRolloutCounts(RECORD));
    const demoDay = await getRolloutCounts(DEMO_DAY);
    expect(demoDay.central).toEqual({ NOT_CONNECTED: 0, CONNECTED: 2, SEND_RECEIVE: 2, STATUS_FEEDBACK: 25 });
    expect(demoDay.province.STATUS_FEEDBACK).toBe(63);
    // A record of the future would be refused by rollout.record and shown by no page.
    expect(await db().rolloutMilestone.count({ where: { reachedOn: { gt: DEMO_DAY } } })).toBe(0);
  });

  it("has nobody connected before the first milestone", async () => {
    const counts = await getRolloutCounts("2015-10-01");
    expect(connectedCount(counts.central) + connectedCount(counts.province) + connectedCount(counts.commune)).toBe(0);
    expect(counts.commune.NOT_CONNECTED).toBe(1_883);
  });

  it("gives a trend of quarter ends whose every point equals that day's counts", async () => {
    expect(trendDays("2015-10-26", "2016-05-02")).toEqual(["2015-12-31", "2016-03-31", "2016-05-02"]);
    expect(trendDays("2015-10-26", "2016-03-31")).toEqual(["2015-12-31", "2016-03-31"]);
    expect(trendDays(null, "2016-03-31")).toEqual(["2016-03-31"]);
    const trend = await getRolloutTrend("2017-04-10");
    expect(trend.map((p) => p.day)).toEqual(["2015-12-31", "2016-03-31", "2016-06-30", "2016-09-30", "2016-12-31", "2017-03-31", "2017-04-10"]);
    for (const point of [trend[0], trend[3], trend.at(-1)!]) expect(point.counts).toEqual(await getRolloutCounts(point.day));
  });
});
