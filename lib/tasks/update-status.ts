import "server-only";
import { agencyScope, canWithdrawTask } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeDayError } from "@/lib/domain/change-day";
import type { IsoDate } from "@/lib/domain/dates";
import type { TaskStatusValue } from "@/lib/domain/task-class";
import { latestClosedEnd } from "@/lib/data/closed-quarter";
import { lockQuarters } from "@/lib/data/locks";
import { StatusUpdateSchema, type StatusUpdate } from "./status-update-schema";

/** What the task looks like now, shown to someone whose save was made on an older version. */
export type CurrentTask = {
  code: string;
  version: number;
  status: TaskStatusValue;
  lastChange: { effectiveOn: IsoDate; changedAt: Date; by: string | null; toStatus: TaskStatusValue; note: string | null } | null;
};

async function currentTask(tx: Prisma.TransactionClient, taskId: string): Promise<CurrentTask> {
  const task = await tx.task.findUniqueOrThrow({
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

type RecordedReport = {
  toStatus: string;
  effectiveOn: string;
  note: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  evidenceUrl: string | null;
  withdrawnReason: string | null;
};

function sameReport(last: RecordedReport, input: StatusUpdate): boolean {
  return (
    last.toStatus === input.toStatus &&
    last.effectiveOn === input.effectiveOn &&
    last.note === input.note &&
    last.evidenceNumber === (input.evidenceNumber ?? null) &&
    last.evidenceDate === (input.evidenceDate ?? null) &&
    last.evidenceUrl === (input.evidenceUrl ?? null) &&
    last.withdrawnReason === (input.toStatus === "WITHDRAWN" ? (input.withdrawnReason ?? null) : null)
  );
}

/**
 * An agency's (or VPCP's) report of a task's status, with its note and evidence. The rules, in order:
 * valid input (the shared schema); the task exists among those the user may edit (the scope is part
 * of the query, and of the write); withdrawing is VPCP's; the day is not in the future, not before
 * the task's last change and not inside a closed quarter; and the version the user saw is still the
 * task's. The task and its history row are written together.
 */
export const updateTaskStatus = defineCommand<typeof StatusUpdateSchema, { code: string; version: number; unchanged: boolean }, { current: CurrentTask }>({
  name: "task.status",
  schema: StatusUpdateSchema,
  targetOf: (raw) => (typeof raw === "object" && raw !== null && "taskId" in raw ? String((raw as { taskId: unknown }).taskId).slice(0, 64) : null),
  async run({ actor, input, tx, now, today }) {
    const scope = { id: input.taskId, leadAgencyId: agencyScope(actor) };
    const task = await tx.task.findFirst({ where: scope, select: { id: true, code: true, programmeId: true, status: true } });
    if (!task) {
      const exists = await tx.task.findUnique({ where: { id: input.taskId }, select: { code: true } });
      throw exists ? refuse.forbidden(exists.code, "not-lead-agency") : refuse.notFound(input.taskId);
    }
    if ((input.toStatus === "WITHDRAWN" || task.status === "WITHDRAWN") && !canWithdrawTask(actor)) throw refuse.forbidden(task.code, "withdrawal-is-vpcp");
    // Shared with other changes, exclusive of a close: a change never lands in a quarter closing meanwhile.
    await lockQuarters(tx, task.programmeId, "share");

    const last = await tx.taskStatusChange.findFirst({
      where: { taskId: task.id },
      orderBy: [{ effectiveOn: "desc" }, { changedAt: "desc" }, { id: "desc" }],
      select: { effectiveOn: true, toStatus: true, note: true, evidenceNumber: true, evidenceDate: true, evidenceUrl: true, withdrawnReason: true },
    });
    // The same report sent again (a second press, a form resent after its save): nothing new to record,
    // whichever version it was made on.
    if (task.status === input.toStatus && last && sameReport(last, input)) {
      const current = await tx.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true } });
      return { result: { code: task.code, version: current.version, unchanged: true }, target: task.code, detail: { unchanged: true, version: current.version } };
    }
    const dayError = changeDayError(input.effectiveOn, { today, closedUntil: await latestClosedEnd(tx, task.programmeId), lastChangeOn: last?.effectiveOn ?? null });
    if (dayError) throw refuse.field("effectiveOn", dayError, task.code);

    const withdrawn = input.toStatus === "WITHDRAWN";
    // Only the version the user saw, and only within their scope, is overwritten.
    const updated = await tx.task.updateMany({
      where: { ...scope, version: input.version },
      data: {
        status: input.toStatus,
        completedOn: input.toStatus === "COMPLETED" ? input.effectiveOn : null,
        withdrawnOn: withdrawn ? input.effectiveOn : null,
        withdrawnReason: withdrawn ? input.withdrawnReason : null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) {
      const current = await currentTask(tx, task.id);
      throw refuse.conflict({ current }, task.code, { sent: input.version, current: current.version });
    }
    await tx.taskStatusChange.create({
      data: {
        taskId: task.id,
        changedById: actor.id,
        // The same clock as every other change, so that two changes on one day keep their order.
        changedAt: now,
        fromStatus: task.status,
        toStatus: input.toStatus,
        effectiveOn: input.effectiveOn,
        note: input.note,
        evidenceNumber: input.evidenceNumber ?? null,
        evidenceDate: input.evidenceDate ?? null,
        evidenceUrl: input.evidenceUrl ?? null,
        withdrawnReason: withdrawn ? input.withdrawnReason : null,
      },
    });
    const version = input.version + 1;
    return { result: { code: task.code, version, unchanged: false }, target: task.code, detail: { from: task.status, to: input.toStatus, version } };
  },
});
