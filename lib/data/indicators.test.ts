import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completionRate, formatRate } from "@/lib/domain/rate";
import { numberFormat } from "@/lib/domain/intl-formats";
import { resetDemoData } from "@/prisma/demo/reset";
import { getAgencyServiceHistory, getServiceSeries, getSurveySeries } from "./indicator-series";
import { exportServiceAgencies, getServicesSummary, indicatorTarget, listServiceAgencies, type ServiceAgencyRow } from "./indicators";

const DEMO_DAY = "2017-04-10";
const DUE = "2016-12-31";

const share = (row: { high: number; total: number }) => formatRate(completionRate(row.high, row.total), "vi");
const byCode = (rows: ServiceAgencyRow[], code: string) => rows.find((row) => row.code === code)!;

beforeAll(async () => {
  await resetDemoData(db());
});

describe("the UN e-Government survey (seed 004)", () => {
  it("2016: 89/193, up 10 from 2014, 6th in ASEAN, online-service index 0,57 (4th in South-East Asia); top 4 in ASEAN missed", async () => {
    const target = await indicatorTarget("EGDI_ASEAN_RANK", DEMO_DAY);
    expect(target).toEqual({ programmeCode: "36a/NQ-CP", value: 4, dueOn: DUE });
    const series = await getSurveySeries(DEMO_DAY, target);
    expect(series.surveys.map((s) => [s.year, s.rank, s.countries])).toEqual([[2014, 99, 193], [2016, 89, 193]]);
    const latest = series.surveys[1];
    expect(latest).toMatchObject({ gained: 10, aseanRank: 6, osi: 0.57, osiRegionRank: 4 });
    expect(numberFormat("vi", { minimumFractionDigits: 2 }).format(latest.osi!)).toBe("0,57");
    expect(series.state).toBe("missed");
    expect(series.judged?.year).toBe(2016);
  });

  it("is not yet judged before its due day, and shows no survey of a later year", async () => {
    const target = await indicatorTarget("EGDI_ASEAN_RANK", "2015-06-30");
    const series = await getSurveySeries("2015-06-30", target);
    expect(series.state).toBe("notYetDue");
    expect(series.surveys.map((s) => s.year)).toEqual([2014]);
  });
});

describe("online public services at levels 3–4 (target 100% by 31/12/2016, missed)", () => {
  it("nationally on the due day: 601/1.300 (46,2%) over the 30 central agencies; 28 missed, 2 met", async () => {
    const target = await indicatorTarget("SERVICES_LEVEL_3_4", DUE);
    expect(target).toEqual({ programmeCode: "36a/NQ-CP", value: 100, dueOn: DUE });
    const summary = await getServicesSummary(DUE, target);
    expect(summary).toMatchObject({ agencies: 30, counted: 30, high: 601, total: 1300, state: "missed" });
    expect(share(summary)).toBe("601/1.300 (46,2%)");
    expect(summary.atDue).toEqual({ high: 601, total: 1300, counted: 30, met: 2, missed: 28 });
  });

  it("per agency on the due day, the lowest share first; target missed where it was short of 100%", async () => {
    const target = await indicatorTarget("SERVICES_LEVEL_3_4", DUE);
    const page = await listServiceAgencies(DUE, target, 1);
    expect(page).toMatchObject({ total: 30, page: 1, pageCount: 1 });
    expect(page.rows.slice(0, 2).map((row) => [row.code, share(row.count!)])).toEqual([["TTCP", "0/5 (0,0%)"], ["HVCTQG", "0/3 (0,0%)"]]);
    expect(page.rows.slice(-2).map((row) => [row.code, row.state])).toEqual([["BKHDT", "met"], ["BQLLANG", "met"]]);
    const finance = byCode(page.rows, "BTC");
    expect(finance.count).toMatchObject({ countedOn: DUE, level1: 16, level2: 24, level3: 63, level4: 77 });
    expect(share(finance.count!)).toBe("140/180 (77,8%)");
    expect(finance.state).toBe("missed");
    expect(page.rows.filter((row) => row.state === "missed")).toHaveLength(28);
  });

  it("on the demo's day each agency shows its latest count, still judged on the due day's", async () => {
    const target = await indicatorTarget("SERVICES_LEVEL_3_4", DEMO_DAY);
    const rows = await exportServiceAgencies(DEMO_DAY, target, 1000);
    const finance = byCode(rows, "BTC");
    expect(finance.count?.countedOn).toBe("2017-03-31");
    expect(share(finance.count!)).toBe("148/185 (80,0%)");
    expect(finance.atDue).toEqual({ countedOn: DUE, high: 140, total: 180 });
    expect(finance.state).toBe("missed");
  });

  it("before the due day the target is not yet due, and a count after the view's day is not shown", async () => {
    const target = await indicatorTarget("SERVICES_LEVEL_3_4", "2016-06-30");
    const rows = await exportServiceAgencies("2016-06-30", target, 1000);
    expect(new Set(rows.map((row) => row.state))).toEqual(new Set(["notYetDue"]));
    expect(rows.every((row) => row.count?.countedOn === "2016-06-30" && row.atDue === null)).toBe(true);
    const history = await getAgencyServiceHistory("BTC", DUE, 1);
    expect(history?.rows.map((row) => row.countedOn)).toEqual(["2016-12-31", "2016-09-30", "2016-06-30", "2016-03-31", "2015-12-31"]);
    expect(await getAgencyServiceHistory("NOPE", DUE, 1)).toBeNull();
  });

  it("the national series at each quarter's end and on the view's day, which equals the summary", async () => {
    const series = await getServiceSeries(DEMO_DAY);
    expect(series.map((point) => point.day)).toEqual(["2015-12-31", "2016-03-31", "2016-06-30", "2016-09-30", DUE, "2017-03-31", DEMO_DAY]);
    expect(series.map(share)).toEqual([
      "218/1.192 (18,3%)", "311/1.219 (25,5%)", "405/1.246 (32,5%)", "502/1.273 (39,4%)", "601/1.300 (46,2%)", "683/1.327 (51,5%)", "683/1.327 (51,5%)",
    ]);
    const summary = await getServicesSummary(DEMO_DAY, await indicatorTarget("SERVICES_LEVEL_3_4", DEMO_DAY));
    expect(series.at(-1)).toEqual({ day: DEMO_DAY, agencies: summary.counted, high: summary.high, total: summary.total });
    expect(await getServiceSeries("2015-06-30")).toEqual([]);
  });

  it("a province's count joins the list and the totals from its day on, not before", async () => {
    await db().onlineServiceCount.create({ data: { agencyId: "agency-VN-HN", countedOn: "2017-01-15", level1: 10, level2: 5, level3: 3, level4: 2 } });
    const target = await indicatorTarget("SERVICES_LEVEL_3_4", DEMO_DAY);
    const now = await getServicesSummary(DEMO_DAY, target);
    expect(now).toMatchObject({ agencies: 31, counted: 31, high: 688, total: 1347 });
    // Judged on what was on record on the due day: Hà Nội had no count then.
    expect(now.atDue).toEqual({ high: 601, total: 1300, counted: 30, met: 2, missed: 28 });
    expect(byCode(await exportServiceAgencies(DEMO_DAY, target, 1000), "VN-HN").state).toBe("noData");
    expect((await getServicesSummary(DUE, target)).agencies).toBe(30);
  });
});
