import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatPercent } from "@/lib/domain/rate";
import { loadActiveUser } from "@/lib/auth/session";
import { ingestDocumentEvents } from "@/lib/interconnection/ingest-events";
import { resetDemoData } from "@/prisma/demo/reset";
import { flowDocuments, flowsByAgency, flowSpan, flowSummary, flowVolumes, stuckDeliveries, topAgencyOf } from "./flows";

// The demo's axis, 12/3–21/7/2019 (seed 002), generated as status packets.
const FROM = "2019-03-12";
const TO = "2019-07-21";
const NOW = new Date("2026-12-05T03:00:00Z");

beforeAll(async () => {
  await resetDemoData(db(), { flows: true });
}, 300_000);

async function agencyRow(code: string) {
  for (let page = 1; ; page++) {
    const result = await flowsByAgency(FROM, TO, page);
    const row = result.rows.find((r) => r.code === code);
    if (row || page >= result.pageCount) return row!;
  }
}

describe("the axis's flows on the demo data (seed 002)", () => {
  it("reproduces the record: 68,257 sent and 203,553 received from 12/3 to 21/7/2019", async () => {
    // 21/7/2019 was a Sunday: the last documents are of Friday 19/7.
    expect(await flowSpan()).toEqual({ first: FROM, last: "2019-07-19" });
    const summary = await flowSummary(FROM, TO);
    expect([summary.sent, summary.received]).toEqual([68_257, 203_553]);
    // The roll-up is the rows, counted.
    const [raw] = await db().$queryRaw<{ sent: bigint; received: bigint }[]>`
      SELECT (SELECT count(*) FROM "AxisDocument" WHERE "sentOn" BETWEEN ${FROM} AND ${TO}) AS "sent",
             (SELECT count(*) FROM "AxisDelivery" WHERE "arrivedOn" BETWEEN ${FROM} AND ${TO}) AS "received"`;
    expect([Number(raw.sent), Number(raw.received)]).toEqual([68_257, 203_553]);
  });

  it("reproduces the digitally signed shares: Thanh tra Chính phủ 0,3%, Bộ Quốc phòng 22%, Bộ NN&PTNT 30%, lowest first", async () => {
    const share = async (code: string) => {
      const row = await agencyRow(code);
      return formatPercent(row.signed / row.sent, "vi");
    };
    expect(await share("TTCP")).toBe("0,3%");
    expect(await share("BQP")).toBe("22,0%");
    expect(await share("BNNPTNT")).toBe("30,0%");
    const first = await flowsByAgency(FROM, TO, 1);
    expect(first.rows[0].code).toBe("TTCP");
    const shares = first.rows.map((r) => r.signed / r.sent);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(first.total).toBe(93);
  });

  it("reads medians and 90th percentiles from the roll-up within 9% of the exact ones", async () => {
    const summary = await flowSummary(FROM, TO);
    const [exact] = await db().$queryRaw<{ p50: number; p90: number }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "finishedAt" - "arrivedAt")) AS "p50",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "finishedAt" - "arrivedAt")) AS "p90"
      FROM "AxisDelivery" WHERE "finishedAt" IS NOT NULL AND "arrivedOn" BETWEEN ${FROM} AND ${TO}`;
    expect(Math.abs(summary.times["06"].median! - exact.p50) / exact.p50).toBeLessThan(0.09);
    expect(Math.abs(summary.times["06"].p90! - exact.p90) / exact.p90).toBeLessThan(0.09);
    // Every state a time is measured to, refusal and awaiting assignment too, counted as the rows are.
    const [reached] = await db().$queryRaw<{ refused: bigint; awaiting: bigint }[]>`
      SELECT count(*) FILTER (WHERE "refusedAt" IS NOT NULL) AS "refused", count(*) FILTER (WHERE "awaitingAt" IS NOT NULL) AS "awaiting" FROM "AxisDelivery"`;
    expect([summary.times["02"].count, summary.times["04"].count]).toEqual([Number(reached.refused), Number(reached.awaiting)]);
    expect(summary.times["02"].count).toBeGreaterThan(0);
    const vpcp = (await agencyRow("VPCP")).times["03"];
    const [own] = await db().$queryRaw<{ p50: number; n: bigint }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "acceptedAt" - "arrivedAt")) AS "p50", count(*) AS "n"
      FROM "AxisDelivery" WHERE "acceptedAt" IS NOT NULL AND "receiverId" = 'agency-VPCP' AND "arrivedOn" BETWEEN ${FROM} AND ${TO}`;
    expect(vpcp.count).toBe(Number(own.n));
    expect(Math.abs(vpcp.median! - own.p50) / own.p50).toBeLessThan(0.09);
  });

  it("lists the rows behind a figure, as many as it says", async () => {
    const ttcp = (await topAgencyOf("TTCP"))!;
    const row = await agencyRow("TTCP");
    // The figures against the rows themselves, not against the roll-up they were read from.
    const [raw] = await db().$queryRaw<{ signed: bigint; received: bigint }[]>`
      SELECT (SELECT count(*) FROM "AxisDocument" WHERE "senderId" = ${ttcp.id} AND "signed" AND "sentOn" BETWEEN ${FROM} AND ${TO}) AS "signed",
             (SELECT count(*) FROM "AxisDelivery" WHERE "receiverId" = ${ttcp.id} AND "arrivedOn" BETWEEN ${FROM} AND ${TO}) AS "received"`;
    expect([row.signed, row.received]).toEqual([Number(raw.signed), Number(raw.received)]);
    const signed = await flowDocuments("signed", ttcp.id, FROM, TO, 1);
    expect(signed.total).toBe(row.signed);
    expect(signed.rows).toHaveLength(row.signed);
    expect(signed.rows.every((r) => r.signed)).toBe(true);
    // Every received row, page by page, is as many as the figure, each once.
    const received = await flowDocuments("received", ttcp.id, FROM, TO, 1, 100_000);
    expect(received.rows).toHaveLength(row.received);
    expect(new Set(received.rows.map((r) => r.documentId)).size).toBe(row.received);
    const second = await flowDocuments("received", ttcp.id, FROM, TO, 2);
    expect(second.rows).toHaveLength(25);
    expect(second.rows[0].at.getTime()).toBeLessThanOrEqual(received.rows[24].at.getTime() + 86_400_000);
  });

  it("finds the stuck documents: not final and in their state longer than the threshold", async () => {
    const stuck = await stuckDeliveries(FROM, TO, 7, NOW, null, 1);
    const [raw] = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS "n" FROM "AxisDelivery" WHERE "finishedAt" IS NULL AND "refusedAt" IS NULL AND "recalledAt" IS NULL
        AND "stateAt" < TIMESTAMPTZ '2019-07-22T00:00:00+07:00' - interval '7 days' AND "arrivedOn" BETWEEN ${FROM} AND ${TO}`;
    expect(stuck.total).toBe(Number(raw.n));
    expect(stuck.total).toBeGreaterThan(1000);
    expect(stuck.rows).toHaveLength(25);
    expect(stuck.rows[0].stateAt.getTime()).toBeLessThanOrEqual(stuck.rows[24].stateAt.getTime());
    expect((await stuckDeliveries(FROM, TO, 30, NOW, null, 1)).total).toBeLessThan(stuck.total);
  });

  it("gives the trend by week, summing to the period's figures", async () => {
    const volumes = await flowVolumes(FROM, TO);
    expect(volumes.unit).toBe("week");
    expect(volumes.rows.reduce((sum, r) => sum + r.sent, 0)).toBe(68_257);
    expect(volumes.rows.map((r) => r.start).slice(0, 2)).toEqual(["2019-03-11", "2019-03-18"]);
    expect(volumes.rows.length).toBe(19);
  });
});

describe("the axis's kept figures", () => {
  it("are read afresh after an ingest stores an event, on this instance or another", async () => {
    const before = await flowSummary(FROM, TO);
    expect(await flowSummary(FROM, TO)).toEqual(before);
    const btc = (await loadActiveUser("user-btc", true))!;
    const at = "2019-07-19T09:00:00+07:00";
    const stored = await ingestDocumentEvents(btc, { events: [{ eventId: "kept-1", documentId: "KEPT/BTC", from: "BTC", to: "VPCP", signed: true, status: "01", at }] }, { now: NOW });
    expect(stored).toMatchObject({ ok: true, accepted: 1 });
    const after = await flowSummary(FROM, TO);
    expect([after.sent, after.received, after.signed]).toEqual([before.sent + 1, before.received + 1, before.signed + 1]);
  });
});
