import { randomBytes } from "node:crypto";
import pg from "pg";
import { createApiToken } from "../../lib/api/tokens";
import { hashPassword } from "../../lib/auth/password";
import { db } from "../../lib/db";

// The ingest's throughput: several systems at once posting batches of 500 new status packets (125
// documents, each arriving, accepted, assigned and finished), then the same batch twice at once, and a
// check that the database holds each event once and its roll-ups equal its rows. The system is a
// province's, with documents between it and its units: it may report both sides (a receiver's states
// are for the receiver's system to report, lib/interconnection/ingest-events.ts).

export type IngestResult = {
  connections: number;
  batchSize: number;
  seconds: number;
  batches: number;
  eventsPerSec: number;
  p50: number;
  p95: number;
  errors: number;
  statuses: Record<string, number>;
  /** After the run: events stored from the bench's agency equal those the answers said were accepted. */
  consistent: boolean;
  /** The same batch sent twice at once: stored once. */
  duplicateBatchStoredOnce: boolean;
};

const BATCH = 500;
const STATES = ["01", "03", "05", "06"] as const;

/** The province with the most units, and a non-demo editor of it (the server runs in production mode) with a token, in the benchmark's database only. */
async function ingestToken(): Promise<{ token: string; province: string; receivers: string[] }> {
  const username = "bench-province-system";
  const passwordHash = await hashPassword(randomBytes(18).toString("base64url"));
  const [{ id }] = await db().$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Agency" p JOIN "Agency" u ON u."rootId" = p."id" AND u."id" <> p."id" WHERE p."kind" = 'PROVINCE' GROUP BY p."id" ORDER BY count(*) DESC, p."id" LIMIT 1`;
  const agency = await db().agency.findUniqueOrThrow({ where: { id } });
  const receivers = (await db().agency.findMany({ where: { rootId: id, id: { not: id } }, select: { code: true }, take: 500 })).map((a) => a.code);
  return db().$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { username },
      create: { username, displayName: "Hệ thống QLVB của tỉnh (đo tốc độ)", role: "AGENCY_EDITOR", agencyId: agency.id, passwordHash },
      update: { active: true, agencyId: agency.id },
    });
    return { token: (await createApiToken(tx, user.id, "benchmark ingest")).token, province: agency.code, receivers };
  });
}

function batchOf(run: string, n: number, from: string, receivers: string[]): string {
  const base = Date.now() - 3_600_000;
  const events = [];
  for (let d = 0; d < BATCH / STATES.length; d++) {
    const documentId = `${run}.${n}.${d}`;
    const to = receivers[(n * 131 + d) % receivers.length];
    for (const [i, status] of STATES.entries()) {
      events.push({ eventId: `${documentId}:${status}`, documentId, from, to, ...(status === "01" ? { signed: d % 3 !== 0 } : {}), status, at: new Date(base + i * 600_000 + d * 1000).toISOString() });
    }
  }
  return JSON.stringify({ events });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

export async function measureIngest(base: string, databaseUrl: string, connections: number, seconds: number): Promise<IngestResult> {
  const { token, province, receivers } = await ingestToken();
  const run = `bench-${randomBytes(4).toString("hex")}`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const post = (body: string) => fetch(`${base}/api/v1/document-events`, { method: "POST", headers, body });
  // Warm the route and its statements.
  await post(batchOf(`${run}-warm`, 0, province, receivers));

  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let accepted = 0;
  let next = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const body = batchOf(run, next++, province, receivers);
        const t = performance.now();
        const response = await post(body);
        const answer = (await response.json()) as { accepted?: number };
        times.push(performance.now() - t);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        accepted += answer.accepted ?? 0;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;

  const twice = batchOf(`${run}-twice`, 0, province, receivers);
  await Promise.all([post(twice), post(twice)]);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const count = async (prefix: string) => Number((await client.query(`SELECT count(*) AS n FROM "AxisEvent" WHERE "eventId" LIKE $1`, [`${prefix}.%`])).rows[0].n);
    const mismatched = (
      await client.query(`
        SELECT count(*) AS n FROM (
          SELECT COALESCE(g."rootId", g."id") AS a, d."sentOn" AS d, count(*) AS s FROM "AxisDocument" d JOIN "Agency" g ON g."id" = d."senderId" GROUP BY 1, 2) raw
        FULL JOIN "AxisFlowDay" f ON f."agencyId" = raw.a AND f."day" = raw.d
        WHERE COALESCE(raw.s, 0) <> COALESCE(f."sent", 0)`)
    ).rows[0].n;
    times.sort((a, b) => a - b);
    return {
      connections,
      batchSize: BATCH,
      seconds: Math.round(elapsed * 10) / 10,
      batches: times.length,
      eventsPerSec: Math.round(accepted / elapsed),
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      errors: Object.entries(statuses).filter(([s]) => s !== "200").reduce((sum, [, n]) => sum + n, 0),
      statuses,
      consistent: (await count(run)) === accepted && Number(mismatched) === 0,
      duplicateBatchStoredOnce: (await count(`${run}-twice`)) === BATCH,
    };
  } finally {
    await client.end();
  }
}
