import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { refuser } from "@/lib/audit/refusal";
import { canSubmitReport, type SessionUser } from "@/lib/auth/permissions";
import { appNow } from "@/lib/clock";
import { reportTaskRows, type ReportTaskRow } from "@/lib/data/report-tasks";
import { db } from "@/lib/db";
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";
import { reportAsOf } from "./report-period";
import { SubmitReportSchema, reportErrors, type ReportErrors, type ReportItemInput } from "./report-schemas";

export type ReportResult =
  | { ok: true; reportId: string }
  | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: ReportErrors }
  /** Someone changed the report or these tasks after the form was opened; nothing was written. */
  | { ok: false; kind: "conflict"; tasks: string[] };

type Refusal = Exclude<ReportResult, { ok: true }>;
export type ReportContext = { address?: string; now?: Date };

class StaleError extends Error {
  constructor(readonly tasks: string[]) {
    super("stale");
  }
}

const formError = (key: string): Refusal => ({ ok: false, kind: "invalid", errors: { form: [key] } });

/** Why a change the report records cannot take effect on that day, as a message key; null if it can. */
function changeDayError(day: IsoDate, task: ReportTaskRow, bounds: { today: IsoDate; endsOn: IsoDate; closedUntil: IsoDate | null }): string | null {
  if (day > bounds.today) return "futureDay";
  // The report is the quarter's: a completion dated after its end belongs to the next one.
  if (day > bounds.endsOn) return "afterQuarterEnd";
  if (bounds.closedUntil && day <= bounds.closedUntil) return "closedQuarter";
  if (day < task.lastChangeOn) return "beforeLastChange";
  return null;
}

/**
 * An agency's report for a quarter: a summary and, for each task it leads, the status as of the
 * quarter's end with a note and evidence. Every status change it records is written to the task's
 * history in the same transaction as the report, and only on the versions the sender saw. Refused,
 * with nothing written, when the quarter is closed, the report is already with VPCP, or the input is
 * wrong; every refusal is audited.
 */
export async function submitReport(actor: SessionUser | null, input: unknown, context: ReportContext = {}): Promise<ReportResult> {
  const refuse = refuser(actor, "report.submit", context);
  if (!actor) return refuse<Refusal>({ ok: false, kind: "unauthenticated" }, null, { reason: "unauthenticated" });
  const parsed = SubmitReportSchema.safeParse(input);
  if (!parsed.success) return refuse<Refusal>({ ok: false, kind: "invalid", errors: reportErrors(parsed.error) }, null, { reason: "invalid" });
  const data = parsed.data;
  const now = context.now ?? appNow();
  const today = todayInVietnam(now);

  const report = await db().agencyReport.findUnique({
    where: { id: data.reportId },
    select: {
      id: true, agencyId: true, state: true, version: true, firstSubmittedAt: true, firstSubmittedOn: true,
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

  const asOf = reportAsOf(period, today);
  const tasks = new Map((await reportTaskRows(period.programmeId, report.agencyId, asOf)).map((task) => [task.taskId, task]));
  const sent = new Set(data.items.map((item) => item.taskId));
  if (sent.size !== data.items.length || sent.size !== tasks.size || [...sent].some((id) => !tasks.has(id))) {
    return refuse(formError("tasksChanged"), target, { reason: "task-list" });
  }
  const stale = data.items.filter((item) => tasks.get(item.taskId)!.version !== item.version).map((item) => tasks.get(item.taskId)!.code);
  if (stale.length) return refuse<Refusal>({ ok: false, kind: "conflict", tasks: stale }, target, { reason: "stale-task", tasks: stale });

  const closed = await db().reportingPeriod.findFirst({ where: { programmeId: period.programmeId, state: "CLOSED" }, orderBy: { endsOn: "desc" }, select: { endsOn: true } });
  const bounds = { today, endsOn: period.endsOn, closedUntil: closed?.endsOn ?? null };
  const errors: ReportErrors = {};
  const changes: { item: ReportItemInput; task: ReportTaskRow; effectiveOn: IsoDate }[] = [];
  data.items.forEach((item, index) => {
    const task = tasks.get(item.taskId)!;
    if (item.evidenceDate && item.evidenceDate > today) (errors[`items.${index}.evidenceDate`] ??= []).push("futureDay");
    if (item.status === task.status) return;
    // A completion takes effect on the day of its evidence; any other change on the report's day.
    const effectiveOn = item.status === "COMPLETED" ? item.evidenceDate! : asOf;
    const problem = changeDayError(effectiveOn, task, bounds);
    if (problem) (errors[`items.${index}.${item.status === "COMPLETED" ? "evidenceDate" : "status"}`] ??= []).push(problem);
    else changes.push({ item, task, effectiveOn });
  });
  if (Object.keys(errors).length) return refuse<Refusal>({ ok: false, kind: "invalid", errors }, target, { reason: "invalid-days", fields: Object.keys(errors) });

  try {
    await db().$transaction(async (tx) => {
      for (const { item, task, effectiveOn } of changes) {
        const updated = await tx.task.updateMany({
          where: { id: task.taskId, version: item.version },
          data: { status: item.status, completedOn: item.status === "COMPLETED" ? effectiveOn : null, withdrawnOn: null, withdrawnReason: null, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new StaleError([task.code]);
        await tx.taskStatusChange.create({
          data: {
            taskId: task.taskId, changedById: actor.id, changedAt: now, fromStatus: task.status, toStatus: item.status, effectiveOn,
            note: item.note!, evidenceNumber: item.evidenceNumber ?? null, evidenceDate: item.evidenceDate ?? null,
          },
        });
      }
      const first = report.firstSubmittedAt === null;
      const updated = await tx.agencyReport.updateMany({
        where: { id: report.id, version: data.reportVersion, state: { in: ["PENDING", "RETURNED"] } },
        data: {
          state: "SUBMITTED",
          firstSubmittedAt: first ? now : report.firstSubmittedAt,
          firstSubmittedOn: first ? today : report.firstSubmittedOn,
          submittedAt: now,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new StaleError([]);
      const changed = new Set(changes.map((c) => c.task.taskId));
      await tx.agencyReportEvent.create({
        data: {
          reportId: report.id, kind: "SUBMITTED", at: now, byId: actor.id, text: data.summary,
          items: {
            create: data.items.map((item) => ({
              taskId: item.taskId, status: item.status, note: item.note ?? null, evidenceNumber: item.evidenceNumber ?? null,
              evidenceDate: item.evidenceDate ?? null, changed: changed.has(item.taskId),
            })),
          },
        },
      });
      await audit({ action: "report.submit", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target, detail: { first, changes: changes.length, resubmission: report.state === "RETURNED" } }, tx);
    });
  } catch (error) {
    if (!(error instanceof StaleError)) throw error;
    return refuse<Refusal>({ ok: false, kind: "conflict", tasks: error.tasks }, target, { reason: "stale", tasks: error.tasks });
  }
  return { ok: true, reportId: report.id };
}
