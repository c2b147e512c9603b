import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type AuditOutcome = "OK" | "REFUSED" | "FAILED";

export type AuditEvent = {
  action: string;
  outcome: AuditOutcome;
  userId?: string | null;
  username?: string | null;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  address?: string | null;
};

// Refusal details are capped so that an attacker's 100 kB payload is not copied into the log.
const MAX_DETAIL = 2_000;

function toRow(event: AuditEvent) {
  const detail = event.detail ? JSON.stringify(event.detail) : null;
  return {
    action: event.action,
    outcome: event.outcome,
    userId: event.userId ?? null,
    username: event.username?.slice(0, 100) ?? null,
    target: event.target?.slice(0, 200) ?? null,
    detail: detail && detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail,
    address: event.address?.slice(0, 100) ?? null,
  };
}

/** Appends one entry, inside the caller's transaction when given one. */
export async function audit(event: AuditEvent, tx: Prisma.TransactionClient = db()): Promise<void> {
  await tx.auditEntry.create({ data: toRow(event) });
}
