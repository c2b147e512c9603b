import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { refuser } from "@/lib/audit/refusal";
import { canManagePeriods, canReopenPeriods, type SessionUser } from "@/lib/auth/permissions";
import { appNow } from "@/lib/clock";
import { freezePeriodRecord, PeriodAlreadyClosedError } from "@/lib/data/period-record";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/domain/dates";
import { compareQuarters, nextQuarter, quarterBounds, quarterOf, type Quarter } from "@/lib/domain/quarter";
import { parseQuarter } from "@/lib/view/params";
import { ClosePeriodSchema, OpenPeriodSchema, ReopenPeriodSchema, type RequiredScope } from "./period-schemas";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/form-fields";

export type PeriodResult =
  | { ok: true; periodId: string; quarter: Quarter }
  | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: FieldErrors };

export type Context = { address?: string; now?: Date };

type Refusal = Exclude<PeriodResult, { ok: true }>;

const invalid = (field: string, key: string): Refusal => ({ ok: false, kind: "invalid", errors: { [field]: [key] } });

function requiredWhere(scope: RequiredScope, codes: string[]) {
  const topLevel = { parentId: null };
  if (scope === "CENTRAL") return { ...topLevel, kind: { not: "PROVINCE" as const } };
  if (scope === "PROVINCE") return { ...topLevel, kind: "PROVINCE" as const };
  if (scope === "CHOSEN") return { code: { in: codes } };
  return topLevel;
}

class OutOfOrder extends Error {}

/**
 * VPCP opens the next quarter of a programme: its report due date, the request it sent, and which
 * agencies must report (by default every agency of the programme). Each of them gets a pending
 * report. One transaction; the quarters of a programme follow each other without gaps.
 */
export async function openPeriod(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<PeriodResult> {
  const refuse = refuser(actor, "period.open", context);
  if (!actor || !canManagePeriods(actor)) return refuse<Refusal>({ ok: false, kind: actor ? "forbidden" : "unauthenticated" }, null, { reason: actor ? "role" : "unauthenticated" });
  const parsed = OpenPeriodSchema.safeParse(input);
  if (!parsed.success) return refuse<Refusal>({ ok: false, kind: "invalid", errors: fieldErrorsOf(parsed.error) }, null, { reason: "invalid" });
  const data = parsed.data;
  const quarter = parseQuarter(data.quarter)!;
  const label = data.quarter;
  const now = context.now ?? appNow();

  const programme = await db().programme.findUnique({ where: { slug: data.programme }, select: { id: true, issuedOn: true } });
  if (!programme) return refuse<Refusal>({ ok: false, kind: "not-found" }, label, { reason: "programme" });
  const latest = await db().reportingPeriod.findFirst({
    where: { programmeId: programme.id },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    select: { year: true, quarter: true },
  });
  const expected = latest ? nextQuarter({ year: latest.year, quarter: latest.quarter as Quarter["quarter"] }) : quarterOf(programme.issuedOn);
  if (latest && compareQuarters(quarter, latest as Quarter) <= 0) return refuse(invalid("quarter", "exists"), label, { reason: "exists" });
  if (compareQuarters(quarter, expected) !== 0) return refuse(invalid("quarter", "notNextQuarter"), label, { reason: "gap" });
  // A request can go out for the running quarter or the next one, never further ahead.
  if (compareQuarters(quarter, nextQuarter(quarterOf(todayInVietnam(now)))) > 0) return refuse(invalid("quarter", "quarterTooFar"), label, { reason: "future" });

  const where = requiredWhere(data.scope, data.agencyCodes);
  const agencies = await db().agency.findMany({ where, select: { id: true, code: true }, orderBy: { code: "asc" } });
  if (data.scope === "CHOSEN" && agencies.length !== new Set(data.agencyCodes).size) return refuse(invalid("agencyCodes", "agency"), label, { reason: "unknown-agency" });
  if (agencies.length === 0) return refuse(invalid("agencyCodes", "agenciesRequired"), label, { reason: "no-agency" });

  const { startsOn, endsOn } = quarterBounds(quarter);
  let periodId: string;
  try {
    periodId = await db().$transaction(async (tx) => {
      const period = await tx.reportingPeriod.create({
        data: {
          programmeId: programme.id,
          year: quarter.year,
          quarter: quarter.quarter,
          startsOn,
          endsOn,
          reportDueOn: data.reportDueOn,
          requestNumber: data.requestNumber ?? null,
          openedAt: now,
          openedById: actor.id,
        },
        select: { id: true },
      });
      await tx.agencyReport.createMany({ data: agencies.map((a) => ({ periodId: period.id, agencyId: a.id })) });
      await tx.periodEvent.create({ data: { periodId: period.id, kind: "OPENED", at: now, byId: actor.id, detail: JSON.stringify({ scope: data.scope, required: agencies.length }) } });
      await audit({ action: "period.open", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target: label, detail: { due: data.reportDueOn, required: agencies.length } }, tx);
      return period.id;
    });
  } catch (error) {
    // Another request opened the same quarter a moment earlier.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuse(invalid("quarter", "exists"), label, { reason: "exists" });
    throw error;
  }
  return { ok: true, periodId, quarter };
}

/**
 * Closes a quarter: every task's status, lead agency and deadline as of its last day, and the counts
 * of assigned and completed tasks, are frozen into its record in one transaction. Quarters close in
 * order, from their last day on. Of two requests at once, one closes it and the other is told it is
 * already closed: the record is written once.
 */
export async function closePeriod(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<PeriodResult> {
  const refuse = refuser(actor, "period.close", context);
  if (!actor || !canManagePeriods(actor)) return refuse<Refusal>({ ok: false, kind: actor ? "forbidden" : "unauthenticated" }, null, { reason: actor ? "role" : "unauthenticated" });
  const parsed = ClosePeriodSchema.safeParse(input);
  if (!parsed.success) return refuse<Refusal>({ ok: false, kind: "invalid", errors: fieldErrorsOf(parsed.error) }, null, { reason: "invalid" });
  const now = context.now ?? appNow();
  const period = await db().reportingPeriod.findUnique({ where: { id: parsed.data.periodId }, select: { id: true, programmeId: true, year: true, quarter: true, endsOn: true, state: true } });
  if (!period) return refuse<Refusal>({ ok: false, kind: "not-found" }, parsed.data.periodId, { reason: "not-found" });
  const label = `${period.year}-Q${period.quarter}`;
  if (period.state === "CLOSED") return refuse(invalid("form", "alreadyClosed"), label, { reason: "already-closed" });
  // Not on its last day: that day's changes still belong to it.
  if (todayInVietnam(now) <= period.endsOn) return refuse(invalid("form", "quarterNotOver"), label, { reason: "not-over" });
  const earlier = { programmeId: period.programmeId, state: "OPEN" as const, OR: [{ year: { lt: period.year } }, { year: period.year, quarter: { lt: period.quarter } }] };
  if ((await db().reportingPeriod.count({ where: earlier })) > 0) return refuse(invalid("form", "earlierOpen"), label, { reason: "earlier-open" });

  try {
    await db().$transaction(async (tx) => {
      // Checked again inside: an admin may have reopened an earlier quarter meanwhile.
      if ((await tx.reportingPeriod.count({ where: earlier })) > 0) throw new OutOfOrder();
      const rows = await freezePeriodRecord(tx, period.id, now, actor.id);
      await tx.periodEvent.create({ data: { periodId: period.id, kind: "CLOSED", at: now, byId: actor.id, detail: JSON.stringify({ records: rows }) } });
      await audit({ action: "period.close", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target: label, detail: { records: rows } }, tx);
    });
  } catch (error) {
    if (error instanceof OutOfOrder) return refuse(invalid("form", "earlierOpen"), label, { reason: "earlier-open" });
    // The other request got there first: its transaction closed the quarter and this one wrote nothing.
    const state = await db().reportingPeriod.findUnique({ where: { id: period.id }, select: { state: true } });
    if (error instanceof PeriodAlreadyClosedError || state?.state === "CLOSED") return refuse(invalid("form", "alreadyClosed"), label, { reason: "already-closed" });
    throw error;
  }
  return { ok: true, periodId: period.id, quarter: { year: period.year, quarter: period.quarter as Quarter["quarter"] } };
}

/**
 * Admin only: reopens the latest closed quarter of a programme, with the reason kept in its history
 * together with the figures the closing had frozen. Its record is set aside in the same transaction;
 * closing it again freezes it anew.
 */
export async function reopenPeriod(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<PeriodResult> {
  const refuse = refuser(actor, "period.reopen", context);
  if (!actor || !canReopenPeriods(actor)) return refuse<Refusal>({ ok: false, kind: actor ? "forbidden" : "unauthenticated" }, null, { reason: actor ? "role" : "unauthenticated" });
  const parsed = ReopenPeriodSchema.safeParse(input);
  if (!parsed.success) return refuse<Refusal>({ ok: false, kind: "invalid", errors: fieldErrorsOf(parsed.error) }, null, { reason: "invalid" });
  const now = context.now ?? appNow();
  const period = await db().reportingPeriod.findUnique({
    where: { id: parsed.data.periodId },
    select: { id: true, programmeId: true, year: true, quarter: true, state: true, closedAt: true, closedOn: true, closedById: true, assignedCount: true, completedCount: true },
  });
  if (!period) return refuse<Refusal>({ ok: false, kind: "not-found" }, parsed.data.periodId, { reason: "not-found" });
  const label = `${period.year}-Q${period.quarter}`;
  if (period.state !== "CLOSED") return refuse(invalid("form", "notClosed"), label, { reason: "not-closed" });
  const later = { programmeId: period.programmeId, state: "CLOSED" as const, OR: [{ year: { gt: period.year } }, { year: period.year, quarter: { gt: period.quarter } }] };
  if ((await db().reportingPeriod.count({ where: later })) > 0) return refuse(invalid("form", "notLatestClosed"), label, { reason: "later-closed" });

  const setAside = { closedAt: period.closedAt, closedOn: period.closedOn, closedById: period.closedById, assigned: period.assignedCount, completed: period.completedCount };
  const refusal = await db().$transaction(async (tx) => {
    // Checked again inside: an analyst may have closed a later quarter meanwhile.
    if ((await tx.reportingPeriod.count({ where: later })) > 0) return "notLatestClosed";
    const updated = await tx.reportingPeriod.updateMany({
      where: { id: period.id, state: "CLOSED" },
      data: { state: "OPEN", closedAt: null, closedOn: null, closedById: null, assignedCount: null, completedCount: null },
    });
    if (updated.count !== 1) return "notClosed";
    await tx.periodTaskRecord.deleteMany({ where: { periodId: period.id } });
    await tx.periodEvent.create({ data: { periodId: period.id, kind: "REOPENED", at: now, byId: actor.id, reason: parsed.data.reason, detail: JSON.stringify(setAside) } });
    await audit({ action: "period.reopen", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target: label, detail: { reason: parsed.data.reason, ...setAside } }, tx);
    return null;
  });
  if (refusal) return refuse(invalid("form", refusal), label, { reason: "changed-meanwhile" });
  return { ok: true, periodId: period.id, quarter: { year: period.year, quarter: period.quarter as Quarter["quarter"] } };
}
