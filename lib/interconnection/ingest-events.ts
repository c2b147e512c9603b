import "server-only";
import { defineCommand } from "@/lib/commands/define-command";
import { todayInVietnam } from "@/lib/domain/dates";
import { rejectionOf, STATE_COLUMN, TIMED_STATES, STATUS_CODES, currentState, type DeliveryTimes, type StateColumn, type StatusCode } from "@/lib/domain/document-status";
import type { SessionUser } from "@/lib/domain/permissions";
import { EventBatchSchema, eventIdOf, parseEvent, type DocumentEvent, type EventError } from "./event-schema";
import { storeIngest, type DeliveryRow } from "./store-events";

/** A clock a few minutes fast on the sender's side is tolerated; an event further ahead is refused. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Which side's system may report each status (QCVN 102:2016): the receiver's reports what became of a
 * document at it, the sender's asks for a recall. An arrival may come from either, but only the
 * sender's creates a document (what it sent, and whether it was signed): a receiver cannot put
 * documents, or unsigned ones, in another agency's name.
 */
const SENDER_ONLY = new Set(["13"]);
const RECEIVER_ONLY = new Set(["02", "03", "04", "05", "06", "15", "16"]);

export type RejectedEvent = { index: number; eventId: string | null; errors: EventError[] };
export type IngestResult = { accepted: number; duplicates: number; rejected: RejectedEvent[] };

type AgencyRow = { id: string; code: string; identifierCode: string | null; rootId: string | null };

/** An event that passed its own checks, with its agencies found. */
type Candidate = { index: number; event: DocumentEvent; at: number; senderId: string; receiverId: string; document: string; delivery: string; bySender: boolean };

/** The roll-ups count an agency's documents under its top-level agency. */
const rootOf = (agency: AgencyRow) => agency.rootId ?? agency.id;

/** Only a system of an agency reports, and only for documents its agency (or a unit under it) sends or receives. */
export function canReportEvents(user: SessionUser): boolean {
  return user.role === "AGENCY_EDITOR" && user.agencyId !== null;
}

const keyOf = (...parts: string[]) => parts.join("\u0000");
// The standard's states in the order a delivery goes through them, for events of one moment.
const STEP = ["01", "13", "16", "15", "02", "03", "04", "05", "06"];

/**
 * POST /api/v1/document-events: a batch of status packets from one agency's system. Each event is
 * stored whole or refused with its reasons; the rest of the batch is stored. An event id the system
 * already sent is counted once, however often and however concurrently it is sent again. Documents,
 * deliveries and the daily roll-up change in the same transaction as the events they come from.
 */
export const ingestDocumentEvents = defineCommand({
  name: "axis.events",
  schema: EventBatchSchema,
  authorize: canReportEvents,
  async run({ actor, input, tx, now }) {
    const source = actor.agencyId!;
    const rejected = new Map<number, EventError[]>();
    const reject = (index: number, field: string, code: string) => rejected.set(index, [...(rejected.get(index) ?? []), { field, code }]);

    const parsed = input.events.map((raw, index) => ({ index, raw, ...parseEvent(raw) }));
    for (const p of parsed) if ("errors" in p) rejected.set(p.index, p.errors);
    const wellFormed = parsed.flatMap((p) => ("event" in p ? [{ index: p.index, event: p.event }] : []));

    const refs = [...new Set(wellFormed.flatMap(({ event }) => [event.from, event.to]))];
    const agencies = refs.length
      ? await tx.$queryRaw<AgencyRow[]>`SELECT "id", "code", "identifierCode", "rootId" FROM "Agency" WHERE "code" = ANY(${refs}) OR "identifierCode" = ANY(${refs})`
      : [];
    const byRef = new Map<string, AgencyRow>();
    for (const a of agencies) if (a.identifierCode) byRef.set(a.identifierCode, a);
    for (const a of agencies) byRef.set(a.code, a);
    const ours = (a: AgencyRow) => a.id === source || a.rootId === source;
    const roots = new Map(agencies.map((a) => [a.id, rootOf(a)]));

    const listed: Candidate[] = [];
    for (const { index, event } of wellFormed) {
      const sender = byRef.get(event.from);
      const receiver = byRef.get(event.to);
      if (!sender) reject(index, "from", "unknownAgency");
      if (!receiver) reject(index, "to", "unknownAgency");
      if (!sender || !receiver) continue;
      if (sender.id === receiver.id) reject(index, "to", "sameAgency");
      else if (!ours(sender) && !ours(receiver)) reject(index, "from", "notYours");
      else if (SENDER_ONLY.has(event.status) && !ours(sender)) reject(index, "status", "senderOnly");
      else if (RECEIVER_ONLY.has(event.status) && !ours(receiver)) reject(index, "status", "receiverOnly");
      const at = Date.parse(event.at);
      if (at > now.getTime() + FUTURE_TOLERANCE_MS) reject(index, "at", "future");
      if (rejected.has(index)) continue;
      const document = keyOf(sender.id, event.documentId);
      listed.push({ index, event, at, senderId: sender.id, receiverId: receiver.id, document, delivery: keyOf(document, receiver.id), bySender: ours(sender) });
    }
    // One id, one event: a later copy of an event in the same batch is a duplicate; another event under
    // a used id is refused, before anything is written for it.
    const firstWithId = new Map<string, Candidate>();
    const copies = new Set<number>();
    for (const c of listed) {
      const first = firstWithId.get(c.event.eventId);
      if (!first) firstWithId.set(c.event.eventId, c);
      else if (JSON.stringify(first.event) === JSON.stringify(c.event)) copies.add(c.index);
      else reject(c.index, "eventId", "idReused");
    }
    // Each delivery's states in the order they were reached, whatever order the system listed them in.
    const candidates = listed
      .filter((c) => !rejected.has(c.index) && !copies.has(c.index))
      .sort((a, b) => a.at - b.at || STEP.indexOf(a.event.status) - STEP.indexOf(b.event.status) || a.index - b.index);

    const stored = await storeIngest(tx, source, candidates.map((c) => c.event.eventId));
    // Recorded before this batch (or by a batch that committed while this one waited for its rows).
    const seenBefore = await stored.recordedEventIds();
    const fresh = candidates.filter((c) => !seenBefore.has(c.event.eventId));

    // The first arrival of a document in this batch creates it, with its signature; the first
    // arrival at a receiver creates the delivery. Both are inserted before anything is read, in one
    // order, so that two batches for the same documents wait for each other instead of both inserting.
    const firstOf = <K>(items: Candidate[], key: (c: Candidate) => K) => {
      const seen = new Map<K, Candidate>();
      for (const c of items) if (!seen.has(key(c))) seen.set(key(c), c);
      return [...seen.values()];
    };
    const arrivals = fresh.filter((c) => c.event.status === "01");
    const createdDocuments = await stored.insertDocuments(
      firstOf(arrivals.filter((c) => c.bySender), (c) => c.document).map((c) => ({ senderId: c.senderId, externalId: c.event.documentId, signed: c.event.signed!, sentAt: new Date(c.at), sentOn: todayInVietnam(new Date(c.at)) })),
    );
    const documents = await stored.documentsOf(fresh.map((c) => ({ senderId: c.senderId, externalId: c.event.documentId })));
    const byDocument = new Map(documents.map((d) => [keyOf(d.senderId, d.externalId), d]));

    const creatable: Candidate[] = [];
    for (const c of firstOf(arrivals, (c) => c.delivery)) {
      const document = byDocument.get(c.document);
      if (document && (!c.bySender || document.signed === c.event.signed)) creatable.push(c);
    }
    const createdDeliveries = await stored.insertDeliveries(
      creatable.map((c) => ({ documentId: byDocument.get(c.document)!.id, receiverId: c.receiverId, at: new Date(c.at), on: todayInVietnam(new Date(c.at)) })),
    );
    const deliveries = await stored.lockDeliveries(
      firstOf(fresh, (c) => c.delivery).flatMap((c) => {
        const document = byDocument.get(c.document);
        return document ? [{ documentId: document.id, receiverId: c.receiverId }] : [];
      }),
    );
    // Read again under the deliveries' locks: a concurrent batch with the same events has committed by now.
    const recorded = await stored.recordedEventIds();

    // Which event's arrival created each new delivery: that one is already in the row.
    const created = new Set(createdDeliveries.map((d) => keyOf(String(d.documentId), d.receiverId)));
    const creator = new Set(creatable.filter((c) => created.has(keyOf(String(byDocument.get(c.document)!.id), c.receiverId))).map((c) => c.index));
    const state = new Map<string, { row: DeliveryRow; times: DeliveryTimes; changed: boolean }>();
    for (const row of deliveries) {
      const times: DeliveryTimes = {};
      for (const code of STATUS_CODES) {
        const value = row[STATE_COLUMN[code]];
        if (value) times[code] = value.getTime();
      }
      state.set(keyOf(String(row.documentId), row.receiverId), { row, times, changed: false });
    }

    const accepted: { candidate: Candidate; deliveryId: bigint }[] = [];
    let duplicates = copies.size;
    const inBatch = new Set<string>();
    for (const c of candidates) {
      if (recorded.has(c.event.eventId) || inBatch.has(c.event.eventId)) {
        duplicates++;
        continue;
      }
      const document = byDocument.get(c.document);
      if (document && c.bySender && c.event.signed !== undefined && c.event.signed !== document.signed) {
        reject(c.index, "signed", "signedDiffers");
        continue;
      }
      const key = document ? keyOf(String(document.id), c.receiverId) : null;
      const delivery = key ? state.get(key) : undefined;
      const code = c.event.status as StatusCode;
      // An arrival reported by the receiver, of a document its sender's system has not reported.
      if (!delivery && code === "01") {
        reject(c.index, "status", "notSent");
        continue;
      }
      const why = creator.has(c.index) ? null : rejectionOf(delivery?.times ?? null, code, c.at);
      if (why) {
        reject(c.index, "status", why);
        continue;
      }
      delivery!.times[code] = c.at;
      delivery!.changed = true;
      inBatch.add(c.event.eventId);
      accepted.push({ candidate: c, deliveryId: delivery!.row.id });
    }

    const inserted = await stored.insertEvents(accepted.map(({ candidate, deliveryId }) => ({ eventId: candidate.event.eventId, deliveryId, status: candidate.event.status, at: new Date(candidate.at) })), now);
    // Another batch stored one of these ids for another delivery while this one ran: everything this
    // batch computed from it is void. Abort, and the whole batch runs again (lib/api/retry.ts) and finds it.
    if (inserted < accepted.length) throw Object.assign(new Error("40001: an event id was stored concurrently for another delivery"), { code: "40001" });
    await stored.updateDeliveries(
      [...state.values()].filter((d) => d.changed).map(({ row, times }) => {
        const latest = currentState(times)!;
        const columns = Object.fromEntries(STATUS_CODES.map((code) => [STATE_COLUMN[code], times[code] === undefined ? null : new Date(times[code]!)])) as Record<StateColumn, Date | null>;
        return { id: row.id, columns, state: latest.code, stateAt: new Date(latest.at) };
      }),
    );
    await stored.addToRollup(
      createdDocuments.map((d) => ({ ...d, senderId: roots.get(d.senderId)! })),
      createdDeliveries.map((d) => ({ ...d, receiverId: roots.get(d.receiverId)! })),
    );
    const byId = new Map([...state.values()].map((d) => [d.row.id, d]));
    await stored.addToDurations(
      accepted.flatMap(({ candidate, deliveryId }) => {
        const code = candidate.event.status as StatusCode;
        if (!(TIMED_STATES as readonly string[]).includes(code)) return [];
        const { row, times } = byId.get(deliveryId)!;
        return [{ agencyId: roots.get(row.receiverId)!, month: row.arrivedOn.slice(0, 7), state: code, seconds: (candidate.at - times["01"]!) / 1000 }];
      }),
    );
    // Last, so that concurrent batches hold the one counter row only for their commit.
    if (accepted.length > 0) await stored.bumpAxisVersion();

    const result: IngestResult = {
      accepted: accepted.length,
      duplicates,
      rejected: [...rejected.entries()].sort(([a], [b]) => a - b).map(([index, errors]) => ({ index, eventId: eventIdOf(input.events[index]), errors })),
    };
    const reasons: Record<string, number> = {};
    for (const r of result.rejected) for (const e of r.errors) reasons[e.code] = (reasons[e.code] ?? 0) + 1;
    return { result, target: source, detail: { events: input.events.length, accepted: result.accepted, duplicates, rejected: result.rejected.length, reasons } };
  },
});
