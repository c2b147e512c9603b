import "server-only";
import { db } from "@/lib/db";
import type { AgencyKindValue } from "@/lib/domain/agency-kind";
import { addDays, type IsoDate } from "@/lib/domain/dates";
import { bucketSeconds } from "@/lib/domain/durations";
import { TIMED_STATES, type StatusCode, type TimedState } from "@/lib/domain/document-status";
import { Prisma } from "@/lib/generated/prisma/client";
import { keptAt } from "./kept-figures";

/** `read()`'s answer, kept under the axis's counters, the question's name and its arguments. */
async function keptAxis<T>(name: string, args: unknown[], read: () => Promise<T>): Promise<T> {
  const [row] = await db().$queryRaw<{ version: bigint; axis: bigint }[]>`SELECT "version", "axis" FROM "DataVersion" WHERE "id" = 1`;
  const key = `axis|v${row?.version ?? 0}a${row?.axis ?? 0}|${name}|${JSON.stringify(args)}`;
  return keptAt(key, read);
}

// The axis's figures for a period, read from the roll-ups (AxisFlowDay by top-level agency and day,
// AxisDurationMonth by top-level agency and month) that the ingest keeps in step with the rows, so
// that a year of millions of events costs some tens of thousands of rows to read. Lists of documents
// read the rows themselves, one page at a time. Answers are kept in memory under DataVersion's axis
// counter (moved by every ingest that stored an event) and version (names), so that no answer outlives
// a write, on any instance.

export const FLOW_ROWS_PER_PAGE = 25;

export type Percentiles = { count: number; median: number | null; p90: number | null };
export type Times = Record<TimedState, Percentiles>;
export type FlowCounts = { sent: number; signed: number; received: number };
export type AgencyFlowRow = FlowCounts & { code: string; shortName: string; nameEn: string; kind: AgencyKindValue; times: Times };
export type Paged<T> = { rows: T[]; total: number; page: number; pageCount: number };

const n = (value: bigint | number | null | undefined) => Number(value ?? 0);
const emptyTimes = (): Times => Object.fromEntries(TIMED_STATES.map((state) => [state, { count: 0, median: null, p90: null }])) as Times;

function paging(total: number, page: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pageCount);
  return { pageCount, current, offset: (current - 1) * size };
}

/** The first and last day the axis has documents for, or null before any. */
export async function flowSpan(): Promise<{ first: IsoDate; last: IsoDate } | null> {
  return keptAxis("span", [], async () => {
  const [row] = await db().$queryRaw<{ first: string | null; last: string | null }[]>`SELECT min("day") AS "first", max("day") AS "last" FROM "AxisFlowDay"`;
  return row.first && row.last ? { first: row.first as IsoDate, last: row.last as IsoDate } : null;
  });
}

/** The agency a code names when it is top-level (filters and drill-downs take top-level agencies). */
export async function topAgencyOf(code: string) {
  return db().agency.findFirst({ where: { code, parentId: null }, select: { id: true, code: true, shortName: true, nameEn: true } });
}

/** The top-level agency an agency belongs to (itself, for a top-level one). */
export async function topAgencyAbove(agencyId: string) {
  const agency = await db().agency.findUnique({ where: { id: agencyId }, select: { root: { select: { id: true, code: true, shortName: true, nameEn: true } } } });
  return agency?.root ?? null;
}

const inRoot = (root: string | null) => (root ? Prisma.sql`AND a."rootId" = ${root}` : Prisma.empty);
const ofRoot = (alias: string, root: string | null) => (root ? Prisma.sql`AND ${Prisma.raw(alias)}."agencyId" = ${root}` : Prisma.empty);

/**
 * Median and 90th percentile from the duration buckets, per top-level agency (the receiver's) and
 * state, and for the whole axis (agency null). Read by whole months: the months the period touches.
 */
function percentiles(from: IsoDate, to: IsoDate, root: string | null): Promise<Map<string | null, Times>> {
  // Kept on its own: the page's summary and its agencies' table read the same buckets.
  return keptAxis("percentiles", [from.slice(0, 7), to.slice(0, 7), root], () => readPercentiles(from, to, root));
}

async function readPercentiles(from: IsoDate, to: IsoDate, root: string | null): Promise<Map<string | null, Times>> {
  const rows = await db().$queryRaw<{ root: string | null; state: string; total: bigint; p50: number | null; p90: number | null }[]>`
    WITH h AS (
      SELECT d."agencyId" AS root, d."state", d."bucket", sum(d."count") AS c
      FROM "AxisDurationMonth" d
      WHERE d."month" BETWEEN ${from.slice(0, 7)} AND ${to.slice(0, 7)} ${ofRoot("d", root)}
      GROUP BY GROUPING SETS ((d."agencyId", d."state", d."bucket"), (d."state", d."bucket"))),
    cum AS (
      SELECT root, "state", "bucket", sum(c) OVER w AS run, sum(c) OVER (PARTITION BY root, "state") AS total
      FROM h WINDOW w AS (PARTITION BY root, "state" ORDER BY "bucket"))
    SELECT root, "state", total, min("bucket") FILTER (WHERE run >= 0.5 * total) AS p50, min("bucket") FILTER (WHERE run >= 0.9 * total) AS p90
    FROM cum GROUP BY root, "state", total`;
  const result = new Map<string | null, Times>();
  for (const row of rows) {
    // The whole axis's row has no root; when the view is one agency's, its row is both.
    const times = result.get(row.root) ?? emptyTimes();
    times[row.state as keyof Times] = { count: n(row.total), median: row.p50 === null ? null : bucketSeconds(row.p50), p90: row.p90 === null ? null : bucketSeconds(row.p90) };
    result.set(row.root, times);
  }
  return result;
}

/** The whole axis's (or one top-level agency's) figures for the period. */
export async function flowSummary(from: IsoDate, to: IsoDate, root: string | null = null): Promise<FlowCounts & { times: Times }> {
  return keptAxis("summary", [from, to, root], async () => {
    const [[row], times] = await Promise.all([
      db().$queryRaw<{ sent: bigint | null; signed: bigint | null; received: bigint | null }[]>`
        SELECT sum(f."sent") AS "sent", sum(f."sentSigned") AS "signed", sum(f."received") AS "received"
        FROM "AxisFlowDay" f WHERE f."day" BETWEEN ${from} AND ${to} ${ofRoot("f", root)}`,
      percentiles(from, to, root),
    ]);
    return { sent: n(row.sent), signed: n(row.signed), received: n(row.received), times: times.get(null) ?? emptyTimes() };
  });
}

/** Every top-level agency with documents in the period, lowest share of signed documents first, a page at a time. */
export async function flowsByAgency(from: IsoDate, to: IsoDate, page: number, size = FLOW_ROWS_PER_PAGE): Promise<Paged<AgencyFlowRow>> {
  return keptAxis("byAgency", [from, to, page, size], async () => {
    const [{ total }] = await db().$queryRaw<{ total: bigint }[]>`
      SELECT count(DISTINCT f."agencyId") AS "total" FROM "AxisFlowDay" f WHERE f."day" BETWEEN ${from} AND ${to}`;
    const { pageCount, current, offset } = paging(n(total), page, size);
    const rows = await db().$queryRaw<{ id: string; code: string; shortName: string; nameEn: string; kind: AgencyKindValue; sent: bigint; signed: bigint; received: bigint }[]>`
      SELECT r."id", r."code", r."shortName", r."nameEn", r."kind", f."sent", f."signed", f."received"
      FROM (SELECT "agencyId", sum("sent") AS "sent", sum("sentSigned") AS "signed", sum("received") AS "received"
            FROM "AxisFlowDay" WHERE "day" BETWEEN ${from} AND ${to} GROUP BY "agencyId") f
      JOIN "Agency" r ON r."id" = f."agencyId"
      ORDER BY f."signed"::float8 / NULLIF(f."sent", 0) ASC NULLS LAST, r."code"
      LIMIT ${size} OFFSET ${offset}`;
    const times = await percentiles(from, to, null);
    return {
      rows: rows.map((r) => ({ code: r.code, shortName: r.shortName, nameEn: r.nameEn, kind: r.kind, sent: n(r.sent), signed: n(r.signed), received: n(r.received), times: times.get(r.id) ?? emptyTimes() })),
      total: n(total),
      page: current,
      pageCount,
    };
  });
}

export type VolumeRow = FlowCounts & { start: IsoDate };

/** Documents sent, signed and received by week (by month over half a year), for the trend. */
export async function flowVolumes(from: IsoDate, to: IsoDate, root: string | null = null): Promise<{ unit: "week" | "month"; rows: VolumeRow[] }> {
  const unit = Date.parse(to) - Date.parse(from) > 183 * 86_400_000 ? "month" : "week";
  return keptAxis("volumes", [from, to, root], async () => {
    const rows = await db().$queryRaw<{ start: string; sent: bigint; signed: bigint; received: bigint }[]>`
      SELECT to_char(date_trunc(${unit}, f."day"::date), 'YYYY-MM-DD') AS "start", sum(f."sent") AS "sent", sum(f."sentSigned") AS "signed", sum(f."received") AS "received"
      FROM "AxisFlowDay" f WHERE f."day" BETWEEN ${from} AND ${to} ${ofRoot("f", root)}
      GROUP BY 1 ORDER BY 1`;
    return { unit, rows: rows.map((r) => ({ start: r.start as IsoDate, sent: n(r.sent), signed: n(r.signed), received: n(r.received) })) };
  });
}

export type StuckRow = {
  documentId: string;
  senderShortName: string;
  senderNameEn: string;
  receiverCode: string;
  receiverShortName: string;
  receiverNameEn: string;
  arrivedAt: Date;
  state: StatusCode;
  stateAt: Date;
};

/**
 * Documents that arrived in the period and are still in a state that is not final (finished, refused,
 * recalled), reached more than `days` days before the end of the period (or now, if sooner): longest first.
 */
export async function stuckDeliveries(from: IsoDate, to: IsoDate, days: number, now: Date, root: string | null, page: number, size = FLOW_ROWS_PER_PAGE): Promise<Paged<StuckRow> & { asOf: Date }> {
  // To the minute, so that a period still going on is kept for a minute at most.
  const end = new Date(Math.floor(Math.min(now.getTime(), Date.parse(`${addDays(to, 1)}T00:00:00+07:00`)) / 60_000) * 60_000);
  return keptAxis("stuck", [from, to, days, end.toISOString(), root, page, size], () => stuckAt(from, to, days, end, root, page, size));
}

async function stuckAt(from: IsoDate, to: IsoDate, days: number, end: Date, root: string | null, page: number, size: number): Promise<Paged<StuckRow> & { asOf: Date }> {
  const before = new Date(end.getTime() - days * 86_400_000);
  const where = Prisma.sql`v."state" NOT IN ('02', '06', '15') AND v."stateAt" < ${before} AND v."arrivedOn" BETWEEN ${from} AND ${to} ${inRoot(root)}`;
  const [{ total }] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS "total" FROM "AxisDelivery" v JOIN "Agency" a ON a."id" = v."receiverId" WHERE ${where}`;
  const { pageCount, current, offset } = paging(n(total), page, size);
  const rows = await db().$queryRaw<StuckRow[]>`
    SELECT d."externalId" AS "documentId", s."shortName" AS "senderShortName", s."nameEn" AS "senderNameEn", a."code" AS "receiverCode",
           a."shortName" AS "receiverShortName", a."nameEn" AS "receiverNameEn", v."arrivedAt", v."state", v."stateAt"
    FROM "AxisDelivery" v JOIN "Agency" a ON a."id" = v."receiverId" JOIN "AxisDocument" d ON d."id" = v."documentId" JOIN "Agency" s ON s."id" = d."senderId"
    WHERE ${where}
    ORDER BY v."stateAt" ASC, v."id" ASC
    LIMIT ${size} OFFSET ${offset}`;
  return { rows, total: n(total), page: current, pageCount, asOf: end };
}

export type DocumentListKind = "sent" | "signed" | "unsigned" | "received";
export type DocumentRow = { documentId: string; senderShortName: string; senderNameEn: string; receiverShortName: string | null; receiverNameEn: string | null; at: Date; signed: boolean; state: StatusCode | null; receivers: number };

/**
 * The rows behind a figure: one top-level agency's documents sent (all, signed or not) or received in
 * the period, newest day first. The count is the roll-up's, the figure the page showed.
 */
export async function flowDocuments(kind: DocumentListKind, root: string, from: IsoDate, to: IsoDate, page: number, size = FLOW_ROWS_PER_PAGE): Promise<Paged<DocumentRow>> {
  const [sums] = await db().$queryRaw<{ sent: bigint | null; signed: bigint | null; received: bigint | null }[]>`
    SELECT sum(f."sent") AS "sent", sum(f."sentSigned") AS "signed", sum(f."received") AS "received"
    FROM "AxisFlowDay" f WHERE f."day" BETWEEN ${from} AND ${to} AND f."agencyId" = ${root}`;
  const total = kind === "sent" ? n(sums.sent) : kind === "signed" ? n(sums.signed) : kind === "unsigned" ? n(sums.sent) - n(sums.signed) : n(sums.received);
  const { pageCount, current, offset } = paging(total, page, size);
  // The page's rows are chosen on the delivery or document table alone, along its (agency, day, id)
  // index, and only those are joined to names: the hub receives hundreds of thousands a year.
  const tree = Prisma.sql`(SELECT "id" FROM "Agency" WHERE "rootId" = ${root})`;
  if (kind === "received") {
    const rows = await db().$queryRaw<DocumentRow[]>`
      SELECT d."externalId" AS "documentId", s."shortName" AS "senderShortName", s."nameEn" AS "senderNameEn", a."shortName" AS "receiverShortName",
             a."nameEn" AS "receiverNameEn", v."arrivedAt" AS "at", d."signed", v."state", 1 AS "receivers"
      FROM (SELECT "id", "documentId", "receiverId", "arrivedAt", "arrivedOn", "state" FROM "AxisDelivery"
            WHERE "receiverId" IN ${tree} AND "arrivedOn" BETWEEN ${from} AND ${to}
            ORDER BY "arrivedOn" DESC, "id" DESC LIMIT ${size} OFFSET ${offset}) v
      JOIN "Agency" a ON a."id" = v."receiverId" JOIN "AxisDocument" d ON d."id" = v."documentId" JOIN "Agency" s ON s."id" = d."senderId"
      ORDER BY v."arrivedOn" DESC, v."id" DESC`;
    return { rows, total, page: current, pageCount };
  }
  const signed = kind === "signed" ? Prisma.sql`AND "signed"` : kind === "unsigned" ? Prisma.sql`AND NOT "signed"` : Prisma.empty;
  const rows = await db().$queryRaw<(Omit<DocumentRow, "receivers"> & { receivers: bigint })[]>`
    SELECT d."externalId" AS "documentId", a."shortName" AS "senderShortName", a."nameEn" AS "senderNameEn", NULL AS "receiverShortName", NULL AS "receiverNameEn",
           d."sentAt" AS "at", d."signed", NULL AS "state", (SELECT count(*) FROM "AxisDelivery" v WHERE v."documentId" = d."id") AS "receivers"
    FROM (SELECT "id", "senderId", "externalId", "sentAt", "sentOn", "signed" FROM "AxisDocument"
          WHERE "senderId" IN ${tree} AND "sentOn" BETWEEN ${from} AND ${to} ${signed}
          ORDER BY "sentOn" DESC, "id" DESC LIMIT ${size} OFFSET ${offset}) d
    JOIN "Agency" a ON a."id" = d."senderId"
    ORDER BY d."sentOn" DESC, d."id" DESC`;
  return { rows: rows.map((r) => ({ ...r, receivers: n(r.receivers) })), total, page: current, pageCount };
}
