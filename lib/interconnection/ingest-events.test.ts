import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { ingestDocumentEvents } from "./ingest-events";

let users: Record<string, SessionUser> = {};
const context = { now: new Date("2019-07-22T03:00:00.000Z"), address: "127.0.0.1", channel: "api" as const };

beforeAll(async () => {
  await resetDemoData(db(), { flows: false });
  for (const name of ["analyst", "leader", "btc", "btnmt"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

let serial = 0;
/** A document's life at its receivers, as BTC's system would report it. */
function lifeOf(documentId: string, { to = ["BTNMT", "VN-HN"], signed = true, from = "BTC" } = {}) {
  const id = () => `t-${++serial}`;
  const at = (minutes: number) => new Date(Date.UTC(2019, 2, 12, 1, minutes)).toISOString();
  return to.flatMap((receiver, i) => [
    { eventId: id(), documentId, from, to: receiver, signed, status: "01", at: at(i) },
    { eventId: id(), documentId, from, to: receiver, status: "03", at: at(30 + i) },
    { eventId: id(), documentId, from, to: receiver, status: "05", at: at(90 + i) },
  ]);
}

async function counts() {
  const [documents, deliveries, events] = await Promise.all([db().axisDocument.count(), db().axisDelivery.count(), db().axisEvent.count()]);
  const rollup = await db().axisFlowDay.aggregate({ _sum: { sent: true, sentSigned: true, received: true } });
  return { documents, deliveries, events, sent: rollup._sum.sent ?? 0, signed: rollup._sum.sentSigned ?? 0, received: rollup._sum.received ?? 0 };
}

/** The roll-up against the rows it summarises, top-level agency by agency and day by day. */
async function rollupMismatches() {
  return db().$queryRaw<unknown[]>`
    WITH raw AS (
      SELECT COALESCE(ag."rootId", ag."id") AS a, d, sum(s)::int AS s, sum(x.g)::int AS g, sum(r)::int AS r FROM (
        SELECT "senderId" AS a, "sentOn" AS d, 1 AS s, CASE WHEN "signed" THEN 1 ELSE 0 END AS g, 0 AS r FROM "AxisDocument"
        UNION ALL SELECT "receiverId", "arrivedOn", 0, 0, 1 FROM "AxisDelivery") x JOIN "Agency" ag ON ag."id" = x.a GROUP BY 1, 2)
    SELECT * FROM raw FULL JOIN "AxisFlowDay" f ON f."agencyId" = raw.a AND f."day" = raw.d
    WHERE raw.a IS NULL OR f."agencyId" IS NULL OR raw.s <> f."sent" OR raw.g <> f."sentSigned" OR raw.r <> f."received"`;
}

/** The processing-time roll-up against the deliveries' own times. */
async function durationMismatches() {
  return db().$queryRaw<unknown[]>`
    WITH raw AS (
      SELECT COALESCE(ag."rootId", ag."id") AS a, left(v."arrivedOn", 7) AS m, x.s, tracker_duration_bucket(EXTRACT(EPOCH FROM x.t - v."arrivedAt")) AS b, count(*)::int AS c
      FROM "AxisDelivery" v JOIN "Agency" ag ON ag."id" = v."receiverId", LATERAL (VALUES ('02', v."refusedAt"), ('03', v."acceptedAt"), ('04', v."awaitingAt"), ('05', v."assignedAt"), ('06', v."finishedAt")) AS x(s, t)
      WHERE x.t IS NOT NULL GROUP BY 1, 2, 3, 4)
    SELECT * FROM raw FULL JOIN "AxisDurationMonth" f ON f."agencyId" = raw.a AND f."month" = raw.m AND f."state" = raw.s AND f."bucket" = raw.b
    WHERE raw.a IS NULL OR f."agencyId" IS NULL OR raw.c <> f."count"`;
}

describe("POST /api/v1/document-events: the ingest", () => {
  it("stores a batch: the document once, a delivery per receiver, each state's time, and the roll-up equal to the rows", async () => {
    const before = await counts();
    const result = await ingestDocumentEvents(users.btc, { events: lifeOf("CV-1/BTC") }, context);
    expect(result).toMatchObject({ ok: true, accepted: 6, duplicates: 0, rejected: [] });
    const after = await counts();
    expect(after).toEqual({ documents: before.documents + 1, deliveries: before.deliveries + 2, events: before.events + 6, sent: before.sent + 1, signed: before.signed + 1, received: before.received + 2 });
    const delivery = await db().axisDelivery.findFirstOrThrow({ where: { document: { externalId: "CV-1/BTC" }, receiver: { code: "BTNMT" } } });
    expect(delivery).toMatchObject({ state: "05", arrivedOn: "2019-03-12" });
    expect(delivery.assignedAt!.getTime() - delivery.arrivedAt.getTime()).toBe(90 * 60_000);
    expect(await rollupMismatches()).toEqual([]);
    expect(await durationMismatches()).toEqual([]);
    expect(await db().axisDurationMonth.count()).toBeGreaterThan(0);
  });

  it("counts a batch sent again once", async () => {
    const batch = { events: lifeOf("CV-2/BTC") };
    await ingestDocumentEvents(users.btc, batch, context);
    const before = await counts();
    expect(await ingestDocumentEvents(users.btc, batch, context)).toMatchObject({ ok: true, accepted: 0, duplicates: 6 });
    expect(await counts()).toEqual(before);
  });

  it("counts the same batch sent twice at once once, whichever commits first", async () => {
    for (let round = 0; round < 5; round++) {
      const before = await counts();
      const batch = { events: [...lifeOf(`CV-3-${round}/BTC`), ...lifeOf(`CV-4-${round}/BTC`, { signed: false, to: ["VN-SG", "BTNMT", "VN-HN"] })] };
      const [a, b] = await Promise.all([ingestDocumentEvents(users.btc, batch, context), ingestDocumentEvents(users.btc, batch, context)]);
      if (!a.ok || !b.ok) throw new Error("refused");
      expect([a.accepted + b.accepted, a.duplicates + b.duplicates]).toEqual([15, 15]);
      expect(await counts()).toEqual({ ...before, documents: before.documents + 2, deliveries: before.deliveries + 5, events: before.events + 15, sent: before.sent + 2, signed: before.signed + 1, received: before.received + 5 });
    }
    expect(await rollupMismatches()).toEqual([]);
    expect(await durationMismatches()).toEqual([]);
  });

  it("refuses an event for an unknown agency, an unknown status, a state out of order or a malformed one, with its reasons, and stores the rest", async () => {
    const good = lifeOf("CV-5/BTC", { to: ["BTNMT"] });
    const at = "2019-03-13T08:00:00+07:00";
    const events = [
      good[0],
      { eventId: "bad-agency", documentId: "CV-5/BTC", from: "BTC", to: "KHONGCO", signed: true, status: "01", at },
      { eventId: "bad-status", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "07", at },
      { eventId: "not-arrived", documentId: "CV-6/BTC", from: "BTC", to: "BTNMT", status: "03", at },
      good[2],
      { eventId: "backwards", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "03", at: "2019-03-14T08:00:00+07:00" },
      { documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "06", at: "yesterday" },
      { eventId: "no-signature", documentId: "CV-7/BTC", from: "BTC", to: "BTNMT", status: "01", at },
      { eventId: "future", documentId: "CV-8/BTC", from: "BTC", to: "BTNMT", signed: false, status: "01", at: "2030-01-01T00:00:00Z" },
    ];
    const before = await counts();
    const result = await ingestDocumentEvents(users.btc, { events }, context);
    if (!result.ok) throw new Error("refused");
    expect(result.accepted).toBe(2);
    expect(result.rejected).toEqual([
      { index: 1, eventId: "bad-agency", errors: [{ field: "to", code: "unknownAgency" }] },
      { index: 2, eventId: "bad-status", errors: [{ field: "status", code: "status" }] },
      { index: 3, eventId: "not-arrived", errors: [{ field: "status", code: "notArrived" }] },
      { index: 5, eventId: "backwards", errors: [{ field: "status", code: "outOfOrder" }] },
      { index: 6, eventId: null, errors: [{ field: "eventId", code: "eventId" }, { field: "at", code: "at" }] },
      { index: 7, eventId: "no-signature", errors: [{ field: "signed", code: "signed" }] },
      { index: 8, eventId: "future", errors: [{ field: "at", code: "future" }] },
    ]);
    // Nothing of a refused event: no event row, no document CV-6, CV-7 or CV-8.
    expect(await counts()).toMatchObject({ documents: before.documents + 1, deliveries: before.deliveries + 1, events: before.events + 2 });
    expect(await db().axisEvent.count({ where: { eventId: { in: ["bad-agency", "bad-status", "not-arrived", "backwards", "no-signature", "future"] } } })).toBe(0);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "axis.events" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.detail!)).toMatchObject({ events: 9, accepted: 2, rejected: 7, reasons: { unknownAgency: 1, notArrived: 1, outOfOrder: 1 } });
  });

  it("takes an agency's events only for documents it sends or receives, and no events from analysts or leaders", async () => {
    const others = lifeOf("CV-9/BNV", { from: "BNV", to: ["BTNMT"] });
    const mine = lifeOf("CV-9/BTC", { to: ["BNV"] });
    const result = await ingestDocumentEvents(users.btc, { events: [...others, ...mine] }, context);
    if (!result.ok) throw new Error("refused");
    expect(result.accepted).toBe(3);
    expect(result.rejected.map((r) => r.errors[0].code)).toEqual(["notYours", "notYours", "notYours"]);
    // The receiver's own system reports on the same document under its own event ids.
    const received = await ingestDocumentEvents(users.btnmt, { events: lifeOf("CV-1/BTC", { to: ["BTNMT"] }).map((e) => ({ ...e, eventId: `btnmt-${e.eventId}` })) }, context);
    if (!received.ok) throw new Error("refused");
    expect(received.rejected.map((r) => r.errors[0].code)).toEqual(["alreadyArrived", "beforePrevious", "outOfOrder"]);
    for (const who of ["analyst", "leader"]) {
      const before = await counts();
      expect(await ingestDocumentEvents(users[who], { events: lifeOf(`CV-10-${who}/BTC`) }, context)).toMatchObject({ ok: false, kind: "forbidden" });
      expect(await counts()).toEqual(before);
    }
    expect(await db().auditEntry.count({ where: { action: "axis.events", outcome: "REFUSED" } })).toBe(2);
  });
});
