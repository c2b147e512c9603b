import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { refuser } from "@/lib/audit/refusal";
import { canManagePeriods, canSubmitReport, type SessionUser } from "@/lib/auth/permissions";
import { appNow } from "@/lib/clock";
import { reportTaskRows } from "@/lib/data/report-tasks";
import { db } from "@/lib/db";
import { todayInVietnam } from "@/lib/domain/dates";
import { reportAsOf } from "@/lib/domain/report-timeliness";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/form-fields";
import { reportChanges } from "./report-changes";
import { SubmitReportSchema } from "./report-schemas";

export type ReportResult =
  | { ok: true; reportId: string }
  | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  /** Someone changed the report or these tasks after the form was opened; nothing was written. */
  | { ok: false; kind: "conflict"; tasks: string[] };

export type Refusal = Exclude<ReportResult, { ok: true }>;
export type ReportContext = { address?: string; now?: Date };

export const formError = (key: string, field = "form"): Refusal => ({ ok: false, kind: "invalid", errors: { [field]: [key] } });

/** Thrown inside a transaction to undo it: the quarter was closed, or a task or the report changed, meanwhile. */
export class ClosedMeanwhile extends Error {}
class StaleError extends Error {
  constructor(readonly tasks: string[]) {
    super("stale");
  }
}

/**
 * An agency's report for a quarter: a summary and, for each task it leads, the status as of the
 * quarter's end with a note and evidence. Every status change it records is written to the task's
 * history in the same transaction as the report, and only on the versions the sender saw. VPCP may
 * enter a report that reached it on paper, with the day it was received. Refused, with nothing
 * written, when the quarter is closed, the report is already with VPCP, or the input is wrong;
 * every refusal is audited.
 */
export async function submitReport(actor: SessionUser | null, input: unknown, context: ReportContext = {}): Promise<ReportResult> {
  const refuse = refuser(actor, "report.submit", context);
  if (!actor) return refuse<Refusal>({ ok: false, kind: "unauthenticated" }, null, { reason: "unauthenticated" });
  const parsed = SubmitReportSchema.safeParse(input);
  if (!parsed.success) return refuse<Refusal>({ ok: false, kind: "invalid", errors: fieldErrorsOf(parsed.error) }, null, { reason: "invalid" });
  const data = parsed.data;
  const now = context.now ?? appNow();
  const today = todayInVietnam(now);

  const report = await db().agencyReport.findUnique({
    where: { id: data.reportId },
    select: {
      id: true, periodId: true, agencyId: true, state: true, version: true, firstSubmittedAt: true, firstSubmittedOn: true,
      agency: { select: { code: true } },
      period: { select: { programmeId: true, year: true, quarter: true, startsOn: true, endsOn: true, state: true } },
    },
  });
  if (!report) return refuse<Refusal>({ ok: false, kind: "not-found" }, data.reportId, { reason: "not-found" });
  const { period } = report;
  const target = `${period.year}-Q${period.quarter}/${report.agency.code}`;
  if (!canSubmitReport(actor, report)) return refuse<Refusal>({ ok: false, kind: "forbidden" }, target, { reason: "not-own-agency" });
  if (period.state === "CLOSED") return refuse(formError("periodClosed"), target, { reason: "closed" });
  if (report.state !== "PENDING" && report.state !== "RETURNED") return refuse(formError("alreadySubmitted"), target, { reason: report.state });
  if (today < period.startsOn) return refuse(formError("quarterNotStarted"), target, { reason: "not-started" });
  if (report.version !== data.reportVersion) return refuse<Refusal>({ ok: false, kind: "conflict", tasks: [] }, target, { reason: "stale-report" });
  // Only VPCP enters a report received on paper; its day counts as the day it was sent.
  if (data.receivedOn) {
    if (!canManagePeriods(actor)) return refuse(formError("receivedOnVpcpOnly", "receivedOn"), target, { reason: "received-on" });
    if (data.receivedOn > today) return refuse(formError("futureDay", "receivedOn"), target, { reason: "received-on" });
    if (data.receivedOn < period.startsOn) return refuse(formError("receivedBeforeQuarter", "receivedOn"), target, { reason: "received-on" });
  }

  const asOf = reportAsOf(period, today);
  const tasks = new Map((await reportTaskRows(period.programmeId, report.agencyId, asOf)).map((task) => [task.taskId, task]));
  const sent = new Set(data.items.map((item) => item.taskId));
  if (sent.size !== data.items.length || sent.size !== tasks.size || [...sent].some((id) => !tasks.has(id))) {
    return refuse(formError("tasksChanged"), target, { reason: "task-list" });
  }
  // The status the form showed must be the task's: the note and evidence rules were checked against it.
  const stale = data.items.filter((item) => {
    const task = tasks.get(item.taskId)!;
    return task.version !== item.version || task.status !== item.fromStatus;
  });
  if (stale.length) {
    const codes = stale.map((item) => tasks.get(item.taskId)!.code);
    return refuse<Refusal>({ ok: false, kind: "conflict", tasks: codes }, target, { reason: "stale-task", tasks: codes });
  }

  const closed = await db().reportingPeriod.findFirst({ where: { programmeId: period.programmeId, state: "CLOSED" }, orderBy: { endsOn: "desc" }, select: { endsOn: true } });
  const { changes, errors } = reportChanges(data.items, tasks, { today, asOf, endsOn: period.endsOn, closedUntil: closed?.endsOn ?? null });
  if (Object.keys(errors).length) return refuse<Refusal>({ ok: false, kind: "invalid", errors }, target, { reason: "invalid-days", fields: Object.keys(errors) });

  const first = report.firstSubmittedAt === null;
  try {
    await db().$transaction(async (tx) => {
      // Checked again inside: a close or an edit that committed since the checks above wins.
      const current = await tx.reportingPeriod.findUniqueOrThrow({ where: { id: report.periodId }, select: { state: true } });
      if (current.state !== "OPEN") throw new ClosedMeanwhile();
      const versions = await tx.task.findMany({ where: { id: { in: [...sent] } }, select: { id: true, code: true, version: true } });
      const moved = versions.filter((v) => data.items.find((item) => item.taskId === v.id)!.version !== v.version);
      if (moved.length) throw new StaleError(moved.map((v) => v.code));
      for (const { item, task, effectiveOn } of changes) {
        await tx.task.update({
          where: { id: task.taskId },
          data: { status: item.status, completedOn: item.status === "COMPLETED" ? effectiveOn : null, withdrawnOn: null, withdrawnReason: null, version: { increment: 1 } },
        });
        await tx.taskStatusChange.create({
          data: {
            taskId: task.taskId, changedById: actor.id, changedAt: now, fromStatus: task.status, toStatus: item.status, effectiveOn,
            note: item.note!, evidenceNumber: item.evidenceNumber ?? null, evidenceDate: item.evidenceDate ?? null,
          },
        });
      }
      const updated = await tx.agencyReport.updateMany({
        where: { id: report.id, version: data.reportVersion, state: { in: ["PENDING", "RETURNED"] } },
        data: {
          state: "SUBMITTED",
          firstSubmittedAt: first ? now : report.firstSubmittedAt,
          firstSubmittedOn: first ? (data.receivedOn ?? today) : report.firstSubmittedOn,
          submittedAt: now,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new StaleError([]);
      const changed = new Map(changes.map((c) => [c.task.taskId, c.task.status]));
      await tx.agencyReportEvent.create({
        data: {
          reportId: report.id, kind: "SUBMITTED", at: now, byId: actor.id, text: data.summary,
          items: {
            create: data.items.map((item) => ({
              taskId: item.taskId, fromStatus: changed.get(item.taskId) ?? null, status: item.status, note: item.note ?? null,
              evidenceNumber: item.evidenceNumber ?? null, evidenceDate: item.evidenceDate ?? null,
            })),
          },
        },
      });
      await audit({ action: "report.submit", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target, detail: { first, changes: changes.length, resubmission: report.state === "RETURNED", receivedOn: data.receivedOn ?? null } }, tx);
    });
  } catch (error) {
    if (error instanceof ClosedMeanwhile) return refuse(formError("periodClosed"), target, { reason: "closed" });
    if (!(error instanceof StaleError)) throw error;
    return refuse<Refusal>({ ok: false, kind: "conflict", tasks: error.tasks }, target, { reason: "stale", tasks: error.tasks });
  }
  return { ok: true, reportId: report.id };
}
