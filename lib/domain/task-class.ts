import type { IsoDate } from "./dates";

export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN"] as const;
export type TaskStatusValue = (typeof TASK_STATUSES)[number];

export const TASK_CLASSES = [
  "COMPLETED_ON_TIME",
  "COMPLETED_LATE",
  "OVERDUE",
  "IN_PROGRESS",
  "NOT_STARTED",
  "NO_DEADLINE",
  "WITHDRAWN",
] as const;
export type TaskClass = (typeof TASK_CLASSES)[number];

export type TaskAsOf = { status: TaskStatusValue; deadline: IsoDate | null; completedOn: IsoDate | null };

/** Overdue as of D: a deadline before D and not completed (nor withdrawn) as of D. */
export function isOverdue(task: TaskAsOf, asOf: IsoDate): boolean {
  return task.deadline !== null && task.deadline < asOf && task.status !== "COMPLETED" && task.status !== "WITHDRAWN";
}

/**
 * The one class a task falls in as of a date (DOMAIN.md). A completion with no deadline counts as on
 * time; an open task with no deadline is "no deadline" whatever its status.
 */
export function classifyTask(task: TaskAsOf, asOf: IsoDate): TaskClass {
  switch (task.status) {
    case "WITHDRAWN":
      return "WITHDRAWN";
    case "COMPLETED":
      return task.deadline !== null && task.completedOn !== null && task.completedOn > task.deadline
        ? "COMPLETED_LATE"
        : "COMPLETED_ON_TIME";
    default:
      if (task.deadline === null) return "NO_DEADLINE";
      if (isOverdue(task, asOf)) return "OVERDUE";
      return task.status === "IN_PROGRESS" ? "IN_PROGRESS" : "NOT_STARTED";
  }
}

/** The statuses that count in the denominator: every assigned task not withdrawn. */
export const ASSIGNED_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] as const satisfies readonly TaskStatusValue[];

type Change = { effectiveOn: IsoDate; toStatus: TaskStatusValue };

/**
 * A task as it stood at the end of a day, from its history in order (by day, then as recorded): the
 * last change on or before the day gives its status, and a completion its day. Null before its first
 * change (it was not yet assigned).
 */
export function taskOnDay(deadline: IsoDate | null, history: readonly Change[], asOf: IsoDate): TaskAsOf | null {
  let last: Change | null = null;
  for (const change of history) if (change.effectiveOn <= asOf) last = change;
  if (!last) return null;
  return { status: last.toStatus, deadline, completedOn: last.toStatus === "COMPLETED" ? last.effectiveOn : null };
}
