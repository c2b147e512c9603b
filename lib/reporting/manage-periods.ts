import "server-only";
import { canManagePeriods, canReopenPeriods } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse, unlessTaken } from "@/lib/commands/refusal";
import { lockQuarters } from "@/lib/data/locks";
import { freezePeriodRecord, PeriodAlreadyClosedError } from "@/lib/data/period-record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compareQuarters, formatQuarterParam, nextQuarter, parseQuarter, quarterBounds, quarterOf, type Quarter } from "@/lib/domain/quarter";
import type { RequiredScope } from "@/lib/domain/required-scope";
import { ClosePeriodSchema, OpenPeriodSchema, ReopenPeriodSchema } from "./period-schemas";

type Opened = { periodId: string; quarter: Quarter };

function requiredWhere(scope: RequiredScope, codes: string[]) {
  const topLevel = { parentId: null };
  if (scope === "CENTRAL") return { ...topLevel, kind: { not: "PROVINCE" as const } };
  if (scope === "PROVINCE") return { ...topLevel, kind: "PROVINCE" as const };
  if (scope === "CHOSEN") return { code: { in: codes } };
  return topLevel;
}

const asQuarter = (period: { year: number; quarter: number }): Quarter => ({ year: period.year, quarter: period.quarter as Quarter["quarter"] });

/**
 * VPCP opens the next quarter of a programme: its report due date, the request it sent, and which
 * agencies must report (by default every agency of the programme). Each of them gets a pending
 * report. The quarters of a programme follow each other without gaps.
 */
export const openPeriod = defineCommand<typeof OpenPeriodSchema, Opened>({
  name: "period.open",
  schema: OpenPeriodSchema,
  authorize: canManagePeriods,
  async run({ actor, input, tx, now, today }) {
    const quarter = parseQuarter(input.quarter)!;
    const label = input.quarter;
    const programme = await tx.programme.findUnique({ where: { slug: input.programme }, select: { id: true, issuedOn: true } });
    if (!programme) throw refuse.notFound(label, "programme");
    await lockQuarters(tx, programme.id, "update");
    const latest = await tx.reportingPeriod.findFirst({ where: { programmeId: programme.id }, orderBy: [{ year: "desc" }, { quarter: "desc" }], select: { year: true, quarter: true } });
    const expected = latest ? nextQuarter(asQuarter(latest)) : quarterOf(programme.issuedOn);
    if (latest && compareQuarters(quarter, asQuarter(latest)) <= 0) throw refuse.field("quarter", "exists", label);
    if (compareQuarters(quarter, expected) !== 0) throw refuse.field("quarter", "notNextQuarter", label);
    // A request can go out for the running quarter or the next one, never further ahead.
    if (compareQuarters(quarter, nextQuarter(quarterOf(today))) > 0) throw refuse.field("quarter", "quarterTooFar", label);

    const agencies = await tx.agency.findMany({ where: requiredWhere(input.scope, input.agencyCodes), select: { id: true }, orderBy: { code: "asc" } });
    if (input.scope === "CHOSEN" && agencies.length !== new Set(input.agencyCodes).size) throw refuse.field("agencyCodes", "agency", label);
    if (agencies.length === 0) throw refuse.field("agencyCodes", "agenciesRequired", label);

    const { startsOn, endsOn } = quarterBounds(quarter);
    // A programme's first quarter has no row to lock: of two opening it at once, the index refuses one.
    const { id: periodId } = await unlessTaken(
      tx.reportingPeriod.create({
        data: {
          programmeId: programme.id, year: quarter.year, quarter: quarter.quarter, startsOn, endsOn,
          reportDueOn: input.reportDueOn, requestNumber: input.requestNumber ?? null, openedAt: now, openedById: actor.id,
        },
        select: { id: true },
      }),
      () => refuse.field("quarter", "exists", label),
    );
    await tx.agencyReport.createMany({ data: agencies.map((a) => ({ periodId, agencyId: a.id })) });
    await tx.periodEvent.create({ data: { periodId, kind: "OPENED", at: now, byId: actor.id, detail: JSON.stringify({ scope: input.scope, required: agencies.length }) } });
    return { result: { periodId, quarter }, target: label, detail: { due: input.reportDueOn, required: agencies.length } };
  },
});

async function programmeOfPeriod(tx: Prisma.TransactionClient, periodId: string): Promise<string> {
  const period = await tx.reportingPeriod.findUnique({ where: { id: periodId }, select: { programmeId: true } });
  if (!period) throw refuse.notFound(periodId);
  return period.programmeId;
}

/** The quarter a command acts on, with the label its refusals and audit rows name it by. */
async function periodOf(tx: Prisma.TransactionClient, periodId: string) {
  const period = await tx.reportingPeriod.findUnique({
    where: { id: periodId },
    select: { id: true, programmeId: true, year: true, quarter: true, endsOn: true, state: true, closedAt: true, closedOn: true, closedById: true, assignedCount: true, completedCount: true },
  });
  if (!period) throw refuse.notFound(periodId);
  return { ...period, label: formatQuarterParam(period) };
}

/**
 * Closes a quarter: every task's status, lead agency and deadline as of its last day, and the counts
 * of assigned and completed tasks, are frozen into its record. Quarters close in order, from the day
 * after their last day. Of two requests at once, one closes it and the other is told it is already
 * closed: the record is written once.
 */
export const closePeriod = defineCommand<typeof ClosePeriodSchema, Opened>({
  name: "period.close",
  schema: ClosePeriodSchema,
  authorize: canManagePeriods,
  async run({ actor, input, tx, now, today }) {
    // Every quarter of the programme, exclusively: a second close waits and then finds it closed; a
    // change or report being written into it finishes first and is in the record.
    await lockQuarters(tx, await programmeOfPeriod(tx, input.periodId), "update");
    const period = await periodOf(tx, input.periodId);
    if (period.state === "CLOSED") throw refuse.field("form", "alreadyClosed", period.label);
    // Not on its last day: that day's changes still belong to it.
    if (today <= period.endsOn) throw refuse.field("form", "quarterNotOver", period.label);
    const earlierOpen = await tx.reportingPeriod.count({
      where: { programmeId: period.programmeId, state: "OPEN", OR: [{ year: { lt: period.year } }, { year: period.year, quarter: { lt: period.quarter } }] },
    });
    if (earlierOpen > 0) throw refuse.field("form", "earlierOpen", period.label);
    let records: number;
    try {
      records = await freezePeriodRecord(tx, period.id, now, actor.id, today);
    } catch (error) {
      if (error instanceof PeriodAlreadyClosedError) throw refuse.field("form", "alreadyClosed", period.label);
      throw error;
    }
    await tx.periodEvent.create({ data: { periodId: period.id, kind: "CLOSED", at: now, byId: actor.id, detail: JSON.stringify({ records }) } });
    return { result: { periodId: period.id, quarter: asQuarter(period) }, target: period.label, detail: { records } };
  },
});

/**
 * Admin only: reopens the latest closed quarter of a programme, with the reason kept in its history
 * together with the figures the closing had frozen. Its record is set aside; closing it again
 * freezes it anew.
 */
export const reopenPeriod = defineCommand<typeof ReopenPeriodSchema, Opened>({
  name: "period.reopen",
  schema: ReopenPeriodSchema,
  authorize: canReopenPeriods,
  async run({ actor, input, tx, now }) {
    await lockQuarters(tx, await programmeOfPeriod(tx, input.periodId), "update");
    const period = await periodOf(tx, input.periodId);
    if (period.state !== "CLOSED") throw refuse.field("form", "notClosed", period.label);
    const laterClosed = await tx.reportingPeriod.count({
      where: { programmeId: period.programmeId, state: "CLOSED", OR: [{ year: { gt: period.year } }, { year: period.year, quarter: { gt: period.quarter } }] },
    });
    if (laterClosed > 0) throw refuse.field("form", "notLatestClosed", period.label);
    const setAside = { closedAt: period.closedAt, closedOn: period.closedOn, closedById: period.closedById, assigned: period.assignedCount, completed: period.completedCount };
    const updated = await tx.reportingPeriod.updateMany({
      where: { id: period.id, state: "CLOSED" },
      data: { state: "OPEN", closedAt: null, closedOn: null, closedById: null, assignedCount: null, completedCount: null },
    });
    if (updated.count !== 1) throw refuse.field("form", "notClosed", period.label);
    await tx.periodTaskRecord.deleteMany({ where: { periodId: period.id } });
    await tx.periodEvent.create({ data: { periodId: period.id, kind: "REOPENED", at: now, byId: actor.id, reason: input.reason, detail: JSON.stringify(setAside) } });
    return { result: { periodId: period.id, quarter: asQuarter(period) }, target: period.label, detail: { reason: input.reason, ...setAside } };
  },
});
