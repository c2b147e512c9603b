import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Row locks that make a command's checks hold until it commits, under PostgreSQL's READ COMMITTED,
// with several app instances on one database. Taken in one order (a programme's quarters, then a
// report, then tasks) so that two commands never wait for each other in a circle.

type Tx = Prisma.TransactionClient;

/**
 * The programme's quarters, shared (a change or report that must not fall into a quarter being
 * closed) or exclusive (closing or reopening one, which must see every such change committed first).
 */
export async function lockQuarters(tx: Tx, programmeId: string, mode: "share" | "update"): Promise<void> {
  const lock = Prisma.raw(mode === "update" ? "FOR UPDATE" : "FOR SHARE");
  await tx.$queryRaw`SELECT "id" FROM "ReportingPeriod" WHERE "programmeId" = ${programmeId} ORDER BY "id" ${lock}`;
}

/** One agency's report, exclusively: its sender and its reviewer act on it one after the other. */
export async function lockReport(tx: Tx, reportId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "AgencyReport" WHERE "id" = ${reportId} FOR UPDATE`;
}

/**
 * One account's or agency's row, for the rest of the transaction: two admins editing it act one after
 * the other, so each audit row's "from" is what that change really replaced. (NO KEY UPDATE: rows
 * that merely refer to it, an audit row or a status change, are not held up.)
 */
export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR NO KEY UPDATE`;
}

export async function lockAgency(tx: Tx, code: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Agency" WHERE "code" = ${code} FOR NO KEY UPDATE`;
}

/** A lock on a name (an address's sign-in attempts) until the transaction ends. */
export async function lockName(tx: Tx, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
}
