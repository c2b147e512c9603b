// Generates document flows over the national axis as the status packets agencies' systems send:
// documents, one delivery per receiver, and each delivery's events with their times. Deterministic
// (a seeded generator), in chunks, so the demo's 800 thousand events and the scale data's millions
// are written without holding them all. The record's totals are inputs; every figure is then
// computed from the rows.
import { addDays, daysBetween, type IsoDate } from "../../lib/domain/dates";
import { STATE_COLUMN, type StateColumn, type StatusCode } from "../../lib/domain/document-status";
import { seededRandom, type Random } from "../scale/random";

export type FlowAgency = { id: string; code: string; weight: number; signedShare: number; hub?: boolean };

export type FlowOptions = {
  from: IsoDate;
  to: IsoDate;
  documents: number;
  /** Deliveries in all: documents received, one per receiver. */
  deliveries: number;
  agencies: FlowAgency[];
  seed: number;
  /** Share of deliveries whose processing stops at acceptance or assignment (never finished). */
  stuckShare?: number;
  chunkSize?: number;
};

export type DocumentRow = { id: number; senderId: string; externalId: string; signed: boolean; sentAt: number; sentOn: IsoDate };
export type DeliveryRow = { id: number; documentId: number; receiverId: string; arrivedOn: IsoDate; times: Partial<Record<StatusCode, number>>; state: StatusCode; stateAt: number };
export type EventRow = { sourceId: string; eventId: string; deliveryId: number; status: StatusCode; at: number };
export type FlowChunk = { documents: DocumentRow[]; deliveries: DeliveryRow[]; events: EventRow[] };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Vietnam is UTC+7 all year. */
const VN_OFFSET = 7 * HOUR;

const vnDay = (ms: number): IsoDate => new Date(ms + VN_OFFSET).toISOString().slice(0, 10);
const vnMidnight = (day: IsoDate) => Date.parse(`${day}T00:00:00.000Z`) - VN_OFFSET;

function logNormal(random: Random, median: number, sigma: number): number {
  const u = Math.max(random.float(), 1e-12);
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.float());
  return median * Math.exp(sigma * normal);
}

/** Whole shares of `total` in proportion to `weights`, summing to it exactly (largest remainders). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;
  return counts;
}

// Receivers per document: most go to one or a few agencies, some to many (VPCP's notices to all).
const FANOUT: [number, number][] = [[1, 0.38], [2, 0.24], [3, 0.15], [5, 0.11], [10, 0.08], [25, 0.04]];

function receiverCounts(random: Random, documents: number, deliveries: number, most: number): Uint16Array {
  const counts = new Uint16Array(documents);
  let sum = 0;
  for (let i = 0; i < documents; i++) {
    let p = random.float();
    let n = FANOUT[FANOUT.length - 1][0];
    for (const [k, share] of FANOUT) {
      if (p < share) {
        n = k;
        break;
      }
      p -= share;
    }
    counts[i] = Math.min(n, most);
    sum += counts[i];
  }
  // Then one more or one fewer receiver here and there, until the total is the record's.
  while (sum !== deliveries) {
    const i = random.int(0, documents - 1);
    if (sum < deliveries && counts[i] < most) (counts[i]++, sum++);
    else if (sum > deliveries && counts[i] > 1) (counts[i]--, sum--);
  }
  return counts;
}

/** A working moment of a weekday in the period (07:30–17:00 in Vietnam). */
function workingMoment(random: Random, days: IsoDate[]): number {
  return vnMidnight(random.pick(days)) + 7.5 * HOUR + random.int(0, 9.5 * 60) * MINUTE + random.int(0, 59) * 1000;
}

/** The states one delivery reaches after it arrives, and when; none after the period's end. */
function lifeOf(random: Random, arrived: number, stuckShare: number, end: number): Partial<Record<StatusCode, number>> {
  const times: Partial<Record<StatusCode, number>> = { "01": arrived };
  let at = arrived;
  const step = (code: StatusCode, after: number) => {
    at += Math.max(MINUTE, Math.round(after));
    if (at <= end) times[code] = at;
    return at <= end;
  };
  if (random.chance(0.012)) return (step("02", random.int(10, 240) * MINUTE), times);
  if (random.chance(0.003)) {
    if (step("13", random.int(20, 600) * MINUTE)) step(random.chance(0.8) ? "15" : "16", random.int(10, 300) * MINUTE);
    if (times["15"] !== undefined || times["13"] === undefined || times["16"] === undefined) return times;
  }
  if (!step("03", logNormal(random, 90 * MINUTE, 1.1))) return times;
  const stuck = random.chance(stuckShare);
  if (stuck && random.chance(0.5)) return times;
  if (random.chance(0.6) && !step("04", random.int(5, 120) * MINUTE)) return times;
  if (!step("05", logNormal(random, 6 * HOUR, 1.0))) return times;
  if (stuck) return times;
  step("06", logNormal(random, 3 * DAY, 0.9));
  return times;
}

/** The flows, chunk by chunk; ids start after `firstIds` (rows already in the database). */
export function* generateFlows(options: FlowOptions, firstIds = { document: 0, delivery: 0 }): Generator<FlowChunk> {
  const random = seededRandom(options.seed);
  const { agencies } = options;
  const days: IsoDate[] = [];
  for (let d = options.from; d <= options.to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  if (days.length === 0 || daysBetween(options.from, options.to) < 0) throw new Error("empty period");
  const end = vnMidnight(addDays(options.to, 1)) - 1;
  const perSender = apportion(options.documents, agencies.map((a) => a.weight));
  const receivers = receiverCounts(random, options.documents, options.deliveries, agencies.length - 1);
  // Each sender's documents in turn; its signed ones are exactly its share, spread through them.
  const senderOf: number[] = [];
  perSender.forEach((n, s) => {
    for (let k = 0; k < n; k++) senderOf.push(s);
  });
  const signedSoFar = new Array<number>(agencies.length).fill(0);
  const sentSoFar = new Array<number>(agencies.length).fill(0);
  const hub = agencies.findIndex((a) => a.hub);
  const others = agencies.map((_, i) => i);

  let chunk: FlowChunk = { documents: [], deliveries: [], events: [] };
  let deliveryId = firstIds.delivery;
  for (let i = 0; i < options.documents; i++) {
    const s = senderOf[i];
    const sender = agencies[s];
    sentSoFar[s]++;
    const signed = Math.round(sentSoFar[s] * sender.signedShare) > signedSoFar[s];
    if (signed) signedSoFar[s]++;
    const sentAt = workingMoment(random, days);
    const id = firstIds.document + i + 1;
    const externalId = `${sender.code}.${vnDay(sentAt).slice(0, 4)}.${String(sentSoFar[s]).padStart(6, "0")}`;
    chunk.documents.push({ id, senderId: sender.id, externalId, signed, sentAt, sentOn: vnDay(sentAt) });

    // Distinct receivers, never the sender; the hub (VPCP) is among them more often than chance.
    const chosen = new Set<number>();
    if (hub >= 0 && hub !== s && random.chance(0.3)) chosen.add(hub);
    while (chosen.size < receivers[i]) {
      const r = others[random.int(0, others.length - 1)];
      if (r !== s) chosen.add(r);
    }
    for (const r of chosen) {
      const receiver = agencies[r];
      const arrived = sentAt + random.int(5, 180) * 1000;
      const times = lifeOf(random, arrived, options.stuckShare ?? 0.04, end);
      deliveryId++;
      let state: StatusCode = "01";
      let stateAt = arrived;
      for (const [code, at] of Object.entries(times) as [StatusCode, number][]) {
        if (at >= stateAt) (state = code), (stateAt = at);
        // The sender's system reports the arrival at each receiver (it creates the document) and asks
        // for recalls; the receiver's reports the rest (lib/interconnection/ingest-events.ts).
        const bySender = code === "01" || code === "13";
        const eventId = bySender ? `${externalId}:${code}:${receiver.code}` : `${externalId}.${sender.code}:${code}`;
        chunk.events.push({ sourceId: bySender ? sender.id : receiver.id, eventId, deliveryId, status: code, at });
      }
      chunk.deliveries.push({ id: deliveryId, documentId: id, receiverId: receiver.id, arrivedOn: vnDay(arrived), times, state, stateAt });
    }
    if (chunk.documents.length >= (options.chunkSize ?? 5_000)) {
      yield chunk;
      chunk = { documents: [], deliveries: [], events: [] };
    }
  }
  if (chunk.documents.length) yield chunk;
}

/** A delivery's column values, in the order the writer sends them. */
export const DELIVERY_STATE_COLUMNS = Object.values(STATE_COLUMN).filter((c) => c !== "arrivedAt") as Exclude<StateColumn, "arrivedAt">[];
export const columnTime = (row: DeliveryRow, column: StateColumn) => {
  const code = (Object.entries(STATE_COLUMN) as [StatusCode, StateColumn][]).find(([, c]) => c === column)![0];
  return row.times[code] ?? null;
};
