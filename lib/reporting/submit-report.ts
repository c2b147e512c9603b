import "server-only";
import { agencyScope, canManagePeriods, type SessionUser } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { latestClosedEnd } from "@/lib/data/closed-quarter";
import { lockQuarters, lockReport } from "@/lib/data/locks";
import { reportTaskRows } from "@/lib/data/report-tasks";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/dates";
import { formatQuarterParam } from "@/lib/domain/quarter";
import { reportAsOf } from "@/lib/domain/report-timeliness";
import { reportChanges } from "./report-changes";
import { SubmitReportSchema } from "./report-schemas";

/** Someone changed the report or these tasks (their codes) after the form was opened; nothing was written. */
export type ReportConflict = { tasks: string[] };

/**
 * The report a command acts on, among those the user may act on, with the label it is audited by.
 * Its quarters are locked shared and the report itself exclusively, first: a close of the quarter
 * waits for this command (and then freezes what it wrote), or it runs first and this one finds the
 * quarter closed.
 */
export async function reportOf(tx: Prisma.TransactionClient, reportId: string, agencyId?: { in: string[] }) {
  const owner = await tx.agencyReport.findUnique({ where: { id: reportId }, select: { period: { select: { programmeId: true } } } });
  if (owner) {
    await lockQuarters(tx, owner.period.programmeId, "share");
    await lockReport(tx, reportId);
  }
  const report = await tx.agencyReport.findFirst({
    where: { id: reportId, agencyId },
    select: {
      id: true, periodId: true, agencyId: true, state: true, version: true, firstSubmittedAt: true, firstSubmittedOn: true,
      agency: { select: { code: true } },
      period: { select: { programmeId: true, year: true, quarter: true, startsOn: true, endsOn: true, state: true } },
    },
  });
  if (report) return { ...report, label: `${formatQuarterParam(report.period)}/${report.agency.code}` };
  const exists = await tx.agencyReport.findUnique({ where: { id: reportId }, select: { agency: { select: { code: true } }, period: { select: { year: true, quarter: true } } } });
  throw exists ? refuse.forbidden(`${formatQuarterParam(exists.period)}/${exists.agency.code}`, "not-own-agency") : refuse.notFound(reportId);
}

/**
 * The report as its sender may still write it (send it, or save a draft of it): among the reports the
 * actor may act on, in an open quarter that has begun, not with VPCP, on the version the form was
 * made from. Refused otherwise, with nothing written.
 */
export async function openReportOf(tx: Prisma.TransactionClient, actor: SessionUser, input: { reportId: string; reportVersion: number }, today: IsoDate) {
  // An editor's own agency only: the scope is part of the query, and of the writes that follow.
  const report = await reportOf(tx, input.reportId, agencyScope(actor));
  const { period, label } = report;
  if (period.state === "CLOSED") throw refuse.field("form", "periodClosed", label);
  if (report.state !== "PENDING" && report.state !== "RETURNED") throw refuse.field("form", "alreadySubmitted", label);
  if (today < period.startsOn) throw refuse.field("form", "quarterNotStarted", label);
  if (report.version !== input.reportVersion) throw refuse.conflict({ tasks: [] }, label, { what: "report" });
  return report;
}

/**
 * An agency's report for a quarter: a summary and, for each task it leads, the status as of the
 * quarter's end with a note and evidence. Every status change it records is written to the task's
 * history with the report, and only on the versions the sender saw. VPCP may enter a report that
 * reached it on paper, with the day it was received. Refused, with nothing written, when the quarter
 * is closed, the report is already with VPCP, or the input is wrong.
 */
export const submitReport = defineCommand<typeof SubmitReportSchema, { reportId: string }, ReportConflict>({
  name: "report.submit",
  schema: SubmitReportSchema,
  async run({ actor, input, tx, now, today }) {
    const report = await openReportOf(tx, actor, input, today);
    const { period, label } = report;
    // Only VPCP enters a report received on paper; its day counts as the day it was sent.
    if (input.receivedOn) {
      if (!canManagePeriods(actor)) throw refuse.field("receivedOn", "receivedOnVpcpOnly", label);
      if (input.receivedOn > today) throw refuse.field("receivedOn", "futureDay", label);
      if (input.receivedOn < period.startsOn) throw refuse.field("receivedOn", "receivedBeforeQuarter", label);
    }

    const asOf = reportAsOf(period, today);
    const tasks = new Map((await reportTaskRows(period.programmeId, report.agencyId, asOf, tx)).map((task) => [task.taskId, task]));
    const sent = new Set(input.items.map((item) => item.taskId));
    if (sent.size !== input.items.length || sent.size !== tasks.size || [...sent].some((id) => !tasks.has(id))) throw refuse.field("form", "tasksChanged", label);
    // The status the form showed must be the task's: the note and evidence rules were checked against it.
    const stale = input.items.filter((item) => tasks.get(item.taskId)!.version !== item.version || tasks.get(item.taskId)!.status !== item.fromStatus);
    if (stale.length) throw refuse.conflict({ tasks: stale.map((item) => tasks.get(item.taskId)!.code) }, label);

    const { changes, errors } = reportChanges(input.items, tasks, { today, asOf, endsOn: period.endsOn, closedUntil: await latestClosedEnd(tx, period.programmeId) });
    if (Object.keys(errors).length) throw refuse.invalid(errors, label, "invalid-days");

    // In one order (by id), whatever order the sender listed them in: two reports of one agency, for
    // two open quarters, sent at once then wait for each other on the first task rather than deadlock.
    const inOrder = [...changes].sort((a, b) => (a.task.taskId < b.task.taskId ? -1 : a.task.taskId > b.task.taskId ? 1 : 0));
    for (const { item, task, effectiveOn } of inOrder) {
      // The version the sender saw, of a task the agency leads: nothing else is overwritten.
      const updated = await tx.task.updateMany({
        where: { id: task.taskId, version: item.version, leadAgencyId: report.agencyId },
        data: { status: item.status, completedOn: item.status === "COMPLETED" ? effectiveOn : null, withdrawnOn: null, withdrawnReason: null, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw refuse.conflict({ tasks: [task.code] }, label);
      await tx.taskStatusChange.create({
        data: {
          taskId: task.taskId, changedById: actor.id, changedAt: now, fromStatus: task.status, toStatus: item.status, effectiveOn,
          note: item.note!, evidenceNumber: item.evidenceNumber ?? null, evidenceDate: item.evidenceDate ?? null,
        },
      });
    }
    const first = report.firstSubmittedAt === null;
    const updated = await tx.agencyReport.updateMany({
      where: { id: report.id, version: input.reportVersion, state: { in: ["PENDING", "RETURNED"] } },
      data: {
        state: "SUBMITTED",
        firstSubmittedAt: first ? now : report.firstSubmittedAt,
        firstSubmittedOn: first ? (input.receivedOn ?? today) : report.firstSubmittedOn,
        submittedAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw refuse.conflict({ tasks: [] }, label, { what: "report" });
    // Sent: the draft it was written from is done with, in the same transaction.
    await tx.agencyReportDraft.deleteMany({ where: { reportId: report.id } });
    const changed = new Map(changes.map((c) => [c.task.taskId, c.task.status]));
    await tx.agencyReportEvent.create({
      data: {
        reportId: report.id, kind: "SUBMITTED", at: now, byId: actor.id, text: input.summary,
        items: {
          create: input.items.map((item) => ({
            taskId: item.taskId, fromStatus: changed.get(item.taskId) ?? null, status: item.status, note: item.note ?? null,
            evidenceNumber: item.evidenceNumber ?? null, evidenceDate: item.evidenceDate ?? null,
          })),
        },
      },
    });
    return {
      result: { reportId: report.id },
      target: label,
      detail: { first, changes: changes.length, resubmission: report.state === "RETURNED", receivedOn: input.receivedOn ?? null },
    };
  },
});
