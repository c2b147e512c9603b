import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StateColumn, StatusCode } from "@/lib/domain/document-status";

export type DocumentRow = { id: bigint; senderId: string; externalId: string; signed: boolean; sentOn: string };
export type DeliveryRow = { id: bigint; documentId: bigint; receiverId: string; arrivedOn: string } & Record<StateColumn, Date | null>;
type Created = { documentId: bigint; receiverId: string; arrivedOn: string };

// Every statement takes the batch's rows as arrays (unnest), so a batch of 500 events is a dozen
// statements, not thousands. Inserts go in one sorted order, so that two batches touching the same
// documents queue behind each other's unique keys instead of deadlocking.

/** The ingest's reads and writes for one batch from one source agency, inside the command's transaction. */
export function storeIngest(tx: Prisma.TransactionClient, source: string, eventIds: string[]) {
  return {
    async recordedEventIds(): Promise<Set<string>> {
      if (eventIds.length === 0) return new Set();
      const rows = await tx.$queryRaw<{ eventId: string }[]>`
        SELECT "eventId" FROM "AxisEvent" WHERE "sourceId" = ${source} AND "eventId" = ANY(${eventIds})`;
      return new Set(rows.map((r) => r.eventId));
    },

    async insertDocuments(rows: { senderId: string; externalId: string; signed: boolean; sentAt: Date; sentOn: string }[]): Promise<DocumentRow[]> {
      if (rows.length === 0) return [];
      return tx.$queryRaw<DocumentRow[]>`
        INSERT INTO "AxisDocument" ("senderId", "externalId", "signed", "sentAt", "sentOn")
        SELECT * FROM unnest(${rows.map((r) => r.senderId)}::text[], ${rows.map((r) => r.externalId)}::text[], ${rows.map((r) => r.signed)}::boolean[],
                             ${rows.map((r) => r.sentAt)}::timestamptz[], ${rows.map((r) => r.sentOn)}::text[]) AS n(s, e, g, a, o)
        ORDER BY s, e
        ON CONFLICT ("senderId", "externalId") DO NOTHING
        RETURNING "id", "senderId", "externalId", "signed", "sentOn"`;
    },

    async documentsOf(keys: { senderId: string; externalId: string }[]): Promise<DocumentRow[]> {
      if (keys.length === 0) return [];
      return tx.$queryRaw<DocumentRow[]>`
        SELECT d."id", d."senderId", d."externalId", d."signed", d."sentOn"
        FROM unnest(${keys.map((k) => k.senderId)}::text[], ${keys.map((k) => k.externalId)}::text[]) AS k(s, e)
        JOIN "AxisDocument" d ON d."senderId" = k.s AND d."externalId" = k.e`;
    },

    async insertDeliveries(rows: { documentId: bigint; receiverId: string; at: Date; on: string }[]): Promise<Created[]> {
      if (rows.length === 0) return [];
      return tx.$queryRaw<Created[]>`
        INSERT INTO "AxisDelivery" ("documentId", "receiverId", "arrivedAt", "arrivedOn", "state", "stateAt")
        SELECT d, r, a, o, '01', a FROM unnest(${rows.map((r) => r.documentId)}::bigint[], ${rows.map((r) => r.receiverId)}::text[],
                                               ${rows.map((r) => r.at)}::timestamptz[], ${rows.map((r) => r.on)}::text[]) AS n(d, r, a, o)
        ORDER BY d, r
        ON CONFLICT ("documentId", "receiverId") DO NOTHING
        RETURNING "documentId", "receiverId", "arrivedOn"`;
    },

    /** The deliveries the batch changes, locked until it commits: a second batch for them waits, then sees this one's events. */
    async lockDeliveries(keys: { documentId: bigint; receiverId: string }[]): Promise<DeliveryRow[]> {
      if (keys.length === 0) return [];
      return tx.$queryRaw<DeliveryRow[]>`
        SELECT v."id", v."documentId", v."receiverId", v."arrivedOn", v."arrivedAt", v."refusedAt", v."acceptedAt", v."awaitingAt", v."assignedAt",
               v."finishedAt", v."recallAskedAt", v."recalledAt", v."recallRefusedAt"
        FROM "AxisDelivery" v
        JOIN unnest(${keys.map((k) => k.documentId)}::bigint[], ${keys.map((k) => k.receiverId)}::text[]) AS k(d, r) ON v."documentId" = k.d AND v."receiverId" = k.r
        ORDER BY v."id"
        FOR UPDATE OF v`;
    },

    /** Stores the events; how many were new (a concurrent batch may have stored one of the ids). */
    async insertEvents(rows: { eventId: string; deliveryId: bigint; status: StatusCode; at: Date }[], now: Date): Promise<number> {
      if (rows.length === 0) return 0;
      return tx.$executeRaw`
        INSERT INTO "AxisEvent" ("sourceId", "eventId", "deliveryId", "status", "at", "receivedAt")
        SELECT ${source}, e, d, s, a, ${now} FROM unnest(${rows.map((r) => r.eventId)}::text[], ${rows.map((r) => r.deliveryId)}::bigint[],
                                                    ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.at)}::timestamptz[]) AS n(e, d, s, a)
        ON CONFLICT ("sourceId", "eventId") DO NOTHING`;
    },

    async updateDeliveries(rows: { id: bigint; columns: Record<StateColumn, Date | null>; state: StatusCode; stateAt: Date }[]): Promise<void> {
      if (rows.length === 0) return;
      const column = (name: StateColumn) => rows.map((r) => r.columns[name]);
      await tx.$executeRaw`
        UPDATE "AxisDelivery" v SET "refusedAt" = n.rf, "acceptedAt" = n.ac, "awaitingAt" = n.aw, "assignedAt" = n.asg, "finishedAt" = n.fi,
               "recallAskedAt" = n.ra, "recalledAt" = n.rd, "recallRefusedAt" = n.rr, "state" = n.st, "stateAt" = n.sa
        FROM unnest(${rows.map((r) => r.id)}::bigint[], ${column("refusedAt")}::timestamptz[], ${column("acceptedAt")}::timestamptz[],
                    ${column("awaitingAt")}::timestamptz[], ${column("assignedAt")}::timestamptz[], ${column("finishedAt")}::timestamptz[],
                    ${column("recallAskedAt")}::timestamptz[], ${column("recalledAt")}::timestamptz[], ${column("recallRefusedAt")}::timestamptz[],
                    ${rows.map((r) => r.state)}::text[], ${rows.map((r) => r.stateAt)}::timestamptz[]) AS n(id, rf, ac, aw, asg, fi, ra, rd, rr, st, sa)
        WHERE v."id" = n.id`;
    },

    /** Adds each processing time reached in this batch (arrival to 03, 05, 06) to its receiver's (top-level agency's) and arrival month's bucket. */
    async addToDurations(rows: { agencyId: string; month: string; state: StatusCode; seconds: number }[]): Promise<void> {
      if (rows.length === 0) return;
      await tx.$executeRaw`
        INSERT INTO "AxisDurationMonth" ("agencyId", "month", "state", "bucket", "count")
        SELECT a, m, s, tracker_duration_bucket(t), count(*)::int
        FROM unnest(${rows.map((r) => r.agencyId)}::text[], ${rows.map((r) => r.month)}::text[], ${rows.map((r) => r.state)}::text[],
                    ${rows.map((r) => r.seconds)}::float8[]) AS n(a, m, s, t)
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT ("agencyId", "month", "state", "bucket") DO UPDATE SET "count" = "AxisDurationMonth"."count" + EXCLUDED."count"`;
    },

    /** Moves the counter the axis's kept figures are keyed by (lib/data/flows.ts). */
    async bumpAxisVersion(): Promise<void> {
      await tx.$executeRaw`UPDATE "DataVersion" SET "axis" = "axis" + 1 WHERE "id" = 1`;
    },

    /** Adds what this batch created to the daily roll-up (agencies given as their top-level agencies): documents sent (and signed) by their sender's day, received by the arrival's. */
    async addToRollup(documents: DocumentRow[], deliveries: Created[]): Promise<void> {
      const counts = new Map<string, { agencyId: string; day: string; sent: number; signed: number; received: number }>();
      const add = (agencyId: string, day: string, sent: number, signed: number, received: number) => {
        const key = `${agencyId} ${day}`;
        const row = counts.get(key) ?? { agencyId, day, sent: 0, signed: 0, received: 0 };
        row.sent += sent;
        row.signed += signed;
        row.received += received;
        counts.set(key, row);
      };
      for (const d of documents) add(d.senderId, d.sentOn, 1, d.signed ? 1 : 0, 0);
      for (const d of deliveries) add(d.receiverId, d.arrivedOn, 0, 0, 1);
      if (counts.size === 0) return;
      const rows = [...counts.values()];
      await tx.$executeRaw`
        INSERT INTO "AxisFlowDay" ("agencyId", "day", "sent", "sentSigned", "received")
        SELECT * FROM unnest(${rows.map((r) => r.agencyId)}::text[], ${rows.map((r) => r.day)}::text[], ${rows.map((r) => r.sent)}::int[],
                             ${rows.map((r) => r.signed)}::int[], ${rows.map((r) => r.received)}::int[]) AS n(a, d, s, g, r)
        ORDER BY a, d
        ON CONFLICT ("agencyId", "day") DO UPDATE SET "sent" = "AxisFlowDay"."sent" + EXCLUDED."sent",
          "sentSigned" = "AxisFlowDay"."sentSigned" + EXCLUDED."sentSigned", "received" = "AxisFlowDay"."received" + EXCLUDED."received"`;
    },
  };
}
