import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { canEditTask, canWithdrawTask, type SessionUser } from "@/lib/auth/permissions";
import { appNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { changeDayError } from "@/lib/domain/change-day";
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";
import type { TaskStatusValue } from "@/lib/domain/task-class";
import { statusUpdateErrors, type FieldErrors } from "./status-update-schema";

/** What the task looks like now, shown to someone whose save was made on an older version. */
export type CurrentTask = {
  code: string;
  version: number;
  status: TaskStatusValue;
  lastChange: { effectiveOn: IsoDate; changedAt: Date; by: string | null; toStatus: TaskStatusValue; note: string | null } | null;
};

export type UpdateResult =
  | { ok: true; code: string; version: number }
  | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  | { ok: false; kind: "conflict"; current: CurrentTask };

class StaleVersionError extends Error {}

async function currentTask(taskId: string): Promise<CurrentTask | null> {
  const task = await db().task.findUnique({
    where: { id: taskId },
    select: {
      code: true,
      version: true,
      status: true,
      history: {
        orderBy: [{ changedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { effectiveOn: true, changedAt: true, toStatus: true, note: true, changedBy: { select: { displayName: true } } },
      },
    },
  });
  if (!task) return null;
  const last = task.history[0];
  return {
    code: task.code,
    version: task.version,
    status: task.status,
    lastChange: last
      ? { effectiveOn: last.effectiveOn, changedAt: last.changedAt, by: last.changedBy?.displayName ?? null, toStatus: last.toStatus, note: last.note }
      : null,
  };
}

/**
 * An agency's (or VPCP's) report of a task's status, with its note and evidence. The rules, in order:
 * a session; valid input (the shared schema); the task exists; the user may edit it (and withdraw it);
 * the day is not in the future, not before the task's last change and not inside a closed quarter;
 * and the version the user saw is still the task's version. The task and its history row are written
 * in one transaction; every outcome is audited, refusals included, and a refusal writes nothing else.
 */
export async function updateTaskStatus(
  actor: SessionUser | null,
  input: unknown,
  context: { address?: string; channel: "web" | "api"; today?: IsoDate },
): Promise<UpdateResult> {
  const today = context.today ?? todayInVietnam();
  const base = { action: "task.status", address: context.address ?? null, userId: actor?.id ?? null, username: actor?.username ?? null };
  const refuse = async <R extends UpdateResult>(result: R, target: string | null, detail: Record<string, unknown>): Promise<R> => {
    await audit({ ...base, outcome: "REFUSED", target, detail: { channel: context.channel, ...detail } });
    return result;
  };
  const rawTaskId = typeof input === "object" && input !== null && "taskId" in input ? String((input as { taskId: unknown }).taskId).slice(0, 64) : null;

  if (!actor) return refuse({ ok: false, kind: "unauthenticated" }, rawTaskId, { reason: "unauthenticated" });

  const { data, errors } = statusUpdateErrors(input);
  if (!data) return refuse({ ok: false, kind: "invalid", errors }, rawTaskId, { reason: "invalid", fields: Object.keys(errors) });

  const task = await db().task.findUnique({
    where: { id: data.taskId },
    select: { id: true, code: true, programmeId: true, leadAgencyId: true, status: true, version: true },
  });
  if (!task) return refuse({ ok: false, kind: "not-found" }, data.taskId, { reason: "not-found" });
  if (!canEditTask(actor, task)) return refuse({ ok: false, kind: "forbidden" }, task.code, { reason: "not-lead-agency" });
  if ((data.toStatus === "WITHDRAWN" || task.status === "WITHDRAWN") && !canWithdrawTask(actor)) {
    return refuse({ ok: false, kind: "forbidden" }, task.code, { reason: "withdrawal-is-vpcp" });
  }

  const dayErrors = await effectiveDayErrors(task.id, task.programmeId, data.effectiveOn, today);
  if (dayErrors) return refuse({ ok: false, kind: "invalid", errors: { effectiveOn: [dayErrors] } }, task.code, { reason: dayErrors });

  try {
    const version = await db().$transaction(async (tx) => {
      const completedOn = data.toStatus === "COMPLETED" ? data.effectiveOn : null;
      const withdrawn = data.toStatus === "WITHDRAWN";
      // Only the version the user saw is overwritten; otherwise nothing is, and they are told.
      const updated = await tx.task.updateMany({
        where: { id: task.id, version: data.version },
        data: {
          status: data.toStatus,
          completedOn,
          withdrawnOn: withdrawn ? data.effectiveOn : null,
          withdrawnReason: withdrawn ? data.withdrawnReason : null,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new StaleVersionError();
      await tx.taskStatusChange.create({
        data: {
          taskId: task.id,
          changedById: actor.id,
          // The same clock as every other change, so that two changes on one day keep their order.
          changedAt: appNow(),
          fromStatus: task.status,
          toStatus: data.toStatus,
          effectiveOn: data.effectiveOn,
          note: data.note,
          evidenceNumber: data.evidenceNumber ?? null,
          evidenceDate: data.evidenceDate ?? null,
          evidenceUrl: data.evidenceUrl ?? null,
          withdrawnReason: withdrawn ? data.withdrawnReason : null,
        },
      });
      await audit(
        { ...base, outcome: "OK", target: task.code, detail: { channel: context.channel, from: task.status, to: data.toStatus, version: data.version + 1 } },
        tx,
      );
      return data.version + 1;
    });
    return { ok: true, code: task.code, version };
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    const current = await currentTask(task.id);
    return refuse({ ok: false, kind: "conflict", current: current! }, task.code, { reason: "stale-version", sent: data.version, current: current?.version });
  }
}

/** Why the change cannot take effect on that day, as a message key; null when it can. */
async function effectiveDayErrors(taskId: string, programmeId: string, day: IsoDate, today: IsoDate): Promise<string | null> {
  if (day > today) return "futureDay";
  const [last, closed] = await Promise.all([
    db().taskStatusChange.findFirst({ where: { taskId }, orderBy: { effectiveOn: "desc" }, select: { effectiveOn: true } }),
    db().reportingPeriod.findFirst({ where: { programmeId, state: "CLOSED" }, orderBy: { endsOn: "desc" }, select: { endsOn: true } }),
  ]);
  return changeDayError(day, { today, closedUntil: closed?.endsOn ?? null, lastChangeOn: last?.effectiveOn ?? null });
}
