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
  for (const name of ["analyst", "leader", "btc", "btnmt", "vpcp"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

let serial = 0;
type Event = Record<string, unknown>;
/**
 * A document's life: its sender's system reports its arrival at each receiver (events `sent`), each
 * receiver's system what became of it there (events `at[receiver]`).
 */
function lifeOf(documentId: string, { to = ["BTNMT", "VPCP"], signed = true, from = "BTC" } = {}) {
  const id = () => `t-${++serial}`;
  const at = (minutes: number) => new Date(Date.UTC(2019, 2, 12, 1, minutes)).toISOString();
  const sent: Event[] = to.map((receiver, i) => ({ eventId: id(), documentId, from, to: receiver, signed, status: "01", at: at(i) }));
  const processed: Record<string, Event[]> = Object.fromEntries(
    to.map((receiver, i) => [
      receiver,
      [
        { eventId: id(), documentId, from, to: receiver, status: "03", at: at(30 + i) },
        { eventId: id(), documentId, from, to: receiver, status: "05", at: at(90 + i) },
      ],
    ]),
  );
  return { sent, processed, all: [...sent, ...Object.values(processed).flat()] };
}

const user = (code: string) => users[code.toLowerCase()];

/** Each side's system sends its own events: the sender first, then each receiver. */
async function deliver(life: ReturnType<typeof lifeOf>, from = "BTC") {
  const results = [await ingestDocumentEvents(user(from), { events: life.sent }, context)];
  for (const [receiver, events] of Object.entries(life.processed)) results.push(await ingestDocumentEvents(user(receiver), { events }, context));
  return results;
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
    const results = await deliver(lifeOf("CV-1/BTC"));
    expect(results).toMatchObject([{ ok: true, accepted: 2, duplicates: 0, rejected: [] }, { ok: true, accepted: 2 }, { ok: true, accepted: 2 }]);
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
    const life = lifeOf("CV-2/BTC");
    await deliver(life);
    const before = await counts();
    expect(await deliver(life)).toMatchObject([{ accepted: 0, duplicates: 2 }, { accepted: 0, duplicates: 2 }, { accepted: 0, duplicates: 2 }]);
    // The same event twice in one batch is one event; another event under a used id is refused before anything is written.
    const copy = lifeOf("CV-2b/BTC", { to: ["BTNMT"] }).sent[0];
    const result = await ingestDocumentEvents(users.btc, { events: [copy, copy, { ...copy, to: "VPCP" }] }, context);
    expect(result).toMatchObject({ ok: true, accepted: 1, duplicates: 1, rejected: [{ index: 2, errors: [{ field: "eventId", code: "idReused" }] }] });
    expect(await counts()).toMatchObject({ documents: before.documents + 1, deliveries: before.deliveries + 1, events: before.events + 1 });
  });

  it("counts the same batch sent twice at once once, whichever commits first", async () => {
    for (let round = 0; round < 5; round++) {
      const before = await counts();
      const one = lifeOf(`CV-3-${round}/BTC`);
      const two = lifeOf(`CV-4-${round}/BTC`, { signed: false, to: ["VN-SG", "BTNMT", "VN-HN"] });
      const twice = async (who: SessionUser, events: Event[]) => {
        const [a, b] = await Promise.all([ingestDocumentEvents(who, { events }, context), ingestDocumentEvents(who, { events }, context)]);
        if (!a.ok || !b.ok) throw new Error("refused");
        return [a.accepted + b.accepted, a.duplicates + b.duplicates];
      };
      expect(await twice(users.btc, [...one.sent, ...two.sent])).toEqual([5, 5]);
      expect(await twice(users.btnmt, [...one.processed.BTNMT, ...two.processed.BTNMT])).toEqual([4, 4]);
      expect(await counts()).toEqual({ ...before, documents: before.documents + 2, deliveries: before.deliveries + 5, events: before.events + 9, sent: before.sent + 2, signed: before.signed + 1, received: before.received + 5 });
    }
    expect(await rollupMismatches()).toEqual([]);
    expect(await durationMismatches()).toEqual([]);
  });

  it("refuses an event for an unknown agency, an unknown status, a state out of order or a malformed one, with its reasons, and stores the rest", async () => {
    const good = lifeOf("CV-5/BTC", { to: ["BTNMT"] });
    await ingestDocumentEvents(users.btc, { events: good.sent }, context);
    const at = "2019-03-13T08:00:00+07:00";
    // BTNMT's system, reporting on documents it received: its states listed newest first, which is no fault.
    const events = [
      good.processed.BTNMT[1],
      { eventId: "bad-agency", documentId: "CV-5/BTC", from: "BTC", to: "KHONGCO", status: "03", at },
      { eventId: "bad-status", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "07", at },
      { eventId: "not-arrived", documentId: "CV-6/BTC", from: "BTC", to: "BTNMT", status: "03", at },
      good.processed.BTNMT[0],
      { eventId: "backwards", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "03", at: "2019-03-14T08:00:00+07:00" },
      { documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "06", at: "yesterday" },
      { eventId: "no-signature", documentId: "CV-7/BTC", from: "BTNMT", to: "BTC", status: "01", at },
      { eventId: "future", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "06", at: "2030-01-01T00:00:00Z" },
      { eventId: "too-old", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "06", at: "0001-01-01T03:00:00+07:00" },
      { eventId: "forged", documentId: "CV-8/BTTTT", from: "BTTTT", to: "BTNMT", signed: false, status: "01", at },
      { eventId: "recall", documentId: "CV-5/BTC", from: "BTC", to: "BTNMT", status: "13", at },
    ];
    const before = await counts();
    const result = await ingestDocumentEvents(users.btnmt, { events }, context);
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
      { index: 9, eventId: "too-old", errors: [{ field: "at", code: "tooOld" }] },
      // A receiver cannot put a document in another agency's name, nor recall what it did not send.
      { index: 10, eventId: "forged", errors: [{ field: "status", code: "notSent" }] },
      { index: 11, eventId: "recall", errors: [{ field: "status", code: "senderOnly" }] },
    ]);
    // Nothing of a refused event: no event row, no document CV-6, CV-7 or CV-8.
    expect(await counts()).toMatchObject({ documents: before.documents, deliveries: before.deliveries, events: before.events + 2 });
    expect(await db().axisDocument.count({ where: { externalId: { in: ["CV-6/BTC", "CV-7/BTC", "CV-8/BTTTT"] } } })).toBe(0);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "axis.events" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.detail!)).toMatchObject({ events: 12, accepted: 2, rejected: 10, reasons: { unknownAgency: 1, notArrived: 1, outOfOrder: 1, notSent: 1 } });
  });

  it("takes an agency's events only for documents it sends or receives, and no events from analysts or leaders", async () => {
    const others = lifeOf("CV-9/BNV", { from: "BNV", to: ["BTNMT"] });
    const mine = lifeOf("CV-9/BTC", { to: ["BNV"] });
    const result = await ingestDocumentEvents(users.btc, { events: [...others.all, ...mine.sent, ...mine.processed.BNV] }, context);
    if (!result.ok) throw new Error("refused");
    expect(result.accepted).toBe(1);
    // Another pair's document; and, on its own document, what only the receiver (BNV) may report.
    expect(result.rejected.map((r) => r.errors[0].code)).toEqual(["notYours", "notYours", "notYours", "receiverOnly", "receiverOnly"]);
    // The receiver's system reports an arrival too, under its own id: the sender's was first.
    const received = await ingestDocumentEvents(users.btnmt, { events: [{ ...lifeOf("CV-1/BTC", { to: ["BTNMT"] }).sent[0], eventId: "btnmt-arrival" }] }, context);
    if (!received.ok) throw new Error("refused");
    expect(received.rejected.map((r) => r.errors[0].code)).toEqual(["alreadyArrived"]);
    for (const who of ["analyst", "leader"]) {
      const before = await counts();
      expect(await ingestDocumentEvents(users[who], { events: lifeOf(`CV-10-${who}/BTC`).sent }, context)).toMatchObject({ ok: false, kind: "forbidden" });
      expect(await counts()).toEqual(before);
    }
    expect(await db().auditEntry.count({ where: { action: "axis.events", outcome: "REFUSED" } })).toBe(2);
  });
});
