// Writes generated flows with a handful of array-parameter statements per chunk (unnest), through
// whichever connection the caller has: the demo reset's Prisma transaction or the scale loader's pg client.
import { STATE_COLUMN, type StatusCode } from "../../lib/domain/document-status";
import { generateFlows, type FlowChunk, type FlowOptions } from "./generate";

export type Exec = (sql: string, values: unknown[]) => Promise<unknown>;
export type Query = <T>(sql: string) => Promise<T[]>;

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const CODES = Object.keys(STATE_COLUMN) as StatusCode[];
const LATER = CODES.filter((code) => code !== "01");

async function writeChunk(exec: Exec, chunk: FlowChunk): Promise<void> {
  const d = chunk.documents;
  await exec(
    `INSERT INTO "AxisDocument" ("id", "senderId", "externalId", "signed", "sentAt", "sentOn")
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::boolean[], $5::timestamptz[], $6::text[])`,
    [d.map((r) => r.id), d.map((r) => r.senderId), d.map((r) => r.externalId), d.map((r) => r.signed), d.map((r) => iso(r.sentAt)), d.map((r) => r.sentOn)],
  );
  const v = chunk.deliveries;
  const later = LATER.map((code, i) => `$${7 + i}::timestamptz[]`).join(", ");
  await exec(
    `INSERT INTO "AxisDelivery" ("id", "documentId", "receiverId", "arrivedAt", "arrivedOn", "state", ${LATER.map((c) => `"${STATE_COLUMN[c]}"`).join(", ")}, "stateAt")
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], ${later}, $${7 + LATER.length}::timestamptz[])`,
    [
      v.map((r) => r.id), v.map((r) => r.documentId), v.map((r) => r.receiverId), v.map((r) => iso(r.times["01"])), v.map((r) => r.arrivedOn), v.map((r) => r.state),
      ...LATER.map((code) => v.map((r) => iso(r.times[code]))),
      v.map((r) => iso(r.stateAt)),
    ],
  );
  const e = chunk.events;
  // An agency's system sends each packet a few seconds after the state is reached.
  await exec(
    `INSERT INTO "AxisEvent" ("sourceId", "eventId", "deliveryId", "status", "at", "receivedAt")
     SELECT s, i, d, c, a, a + interval '7 seconds' FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::timestamptz[]) AS n(s, i, d, c, a)`,
    [e.map((r) => r.sourceId), e.map((r) => r.eventId), e.map((r) => r.deliveryId), e.map((r) => r.status), e.map((r) => iso(r.at))],
  );
}

/**
 * Generates and writes the flows, then adds them to the daily roll-up (counted from the rows just
 * written, as the ingest counts its own) and moves the id sequences past them. Returns what was written.
 */
export async function writeFlows(exec: Exec, query: Query, options: FlowOptions, progress?: (chunk: FlowChunk) => void) {
  const [ids] = await query<{ document: string; delivery: string }>(
    `SELECT COALESCE((SELECT max("id") FROM "AxisDocument"), 0)::text AS document, COALESCE((SELECT max("id") FROM "AxisDelivery"), 0)::text AS delivery`,
  );
  const first = { document: Number(ids.document), delivery: Number(ids.delivery) };
  const written = { documents: 0, deliveries: 0, events: 0 };
  for (const chunk of generateFlows(options, first)) {
    await writeChunk(exec, chunk);
    written.documents += chunk.documents.length;
    written.deliveries += chunk.deliveries.length;
    written.events += chunk.events.length;
    progress?.(chunk);
  }
  await exec(
    `INSERT INTO "AxisFlowDay" ("agencyId", "day", "sent", "sentSigned", "received")
     SELECT COALESCE(g."rootId", g."id"), d, sum(s)::int, sum(x.g)::int, sum(r)::int FROM (
       SELECT "senderId" AS a, "sentOn" AS d, 1 AS s, CASE WHEN "signed" THEN 1 ELSE 0 END AS g, 0 AS r FROM "AxisDocument" WHERE "id" > $1
       UNION ALL SELECT "receiverId", "arrivedOn", 0, 0, 1 FROM "AxisDelivery" WHERE "id" > $2) x
     JOIN "Agency" g ON g."id" = x.a
     GROUP BY 1, 2
     ON CONFLICT ("agencyId", "day") DO UPDATE SET "sent" = "AxisFlowDay"."sent" + EXCLUDED."sent",
       "sentSigned" = "AxisFlowDay"."sentSigned" + EXCLUDED."sentSigned", "received" = "AxisFlowDay"."received" + EXCLUDED."received"`,
    [first.document, first.delivery],
  );
  await exec(
    `INSERT INTO "AxisDurationMonth" ("agencyId", "month", "state", "bucket", "count")
     SELECT COALESCE(g."rootId", g."id"), left(v."arrivedOn", 7), x.s, tracker_duration_bucket(EXTRACT(EPOCH FROM x.t - v."arrivedAt")), count(*)::int
     FROM "AxisDelivery" v JOIN "Agency" g ON g."id" = v."receiverId",
          LATERAL (VALUES ('02', v."refusedAt"), ('03', v."acceptedAt"), ('04', v."awaitingAt"), ('05', v."assignedAt"), ('06', v."finishedAt")) AS x(s, t)
     WHERE v."id" > $1 AND x.t IS NOT NULL
     GROUP BY 1, 2, 3, 4
     ON CONFLICT ("agencyId", "month", "state", "bucket") DO UPDATE SET "count" = "AxisDurationMonth"."count" + EXCLUDED."count"`,
    [first.delivery],
  );
  await exec(`UPDATE "DataVersion" SET "axis" = "axis" + 1 WHERE "id" = 1`, []);
  await exec(`SELECT setval(pg_get_serial_sequence('"AxisDocument"', 'id'), GREATEST((SELECT max("id") FROM "AxisDocument"), 1))`, []);
  await exec(`SELECT setval(pg_get_serial_sequence('"AxisDelivery"', 'id'), GREATEST((SELECT max("id") FROM "AxisDelivery"), 1))`, []);
  return written;
}
