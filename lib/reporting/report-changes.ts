import type { ReportTaskRow } from "@/lib/data/report-tasks";
import { changeDayError } from "@/lib/domain/change-day";
import { addDays, type IsoDate } from "@/lib/domain/dates";
import type { FieldErrors } from "@/lib/validation/form-fields";
import type { ReportItemInput } from "./report-schemas";

export type ReportChange = { item: ReportItemInput; task: ReportTaskRow; effectiveOn: IsoDate };

type Bounds = {
  today: IsoDate;
  /** The day the report's statuses are as of: the quarter's end, or today while it runs. */
  asOf: IsoDate;
  endsOn: IsoDate;
  /** The last day of the latest closed quarter: nothing may take effect on or before it. */
  closedUntil: IsoDate | null;
};

/**
 * The day a change the report records takes effect. A completion counts from its evidence's date,
 * or, when that falls in a closed quarter, from the day after it (a closed quarter's figures never
 * move; the completion belongs to the quarters still open). Any other change takes effect on the
 * report's day.
 */
export function changeDay(item: ReportItemInput, bounds: Bounds): IsoDate {
  if (item.status !== "COMPLETED") return bounds.asOf;
  const evidence = item.evidenceDate!;
  return bounds.closedUntil && evidence <= bounds.closedUntil ? addDays(bounds.closedUntil, 1) : evidence;
}

/**
 * The status changes a report records, with the day each takes effect, or the errors that stop it
 * (keyed as the form's fields: "items.3.evidenceDate"). The same day rules as a change made on the
 * task's page (lib/tasks/update-status.ts): not in the future, not inside a closed quarter, not
 * before the task's latest change, and never with evidence dated after the change; and a completed
 * task stays completed.
 */
export function reportChanges(items: ReportItemInput[], tasks: Map<string, ReportTaskRow>, bounds: Bounds): { changes: ReportChange[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const changes: ReportChange[] = [];
  const fail = (index: number, field: string, key: string) => (errors[`items.${index}.${field}`] ??= []).push(key);
  items.forEach((item, index) => {
    const task = tasks.get(item.taskId)!;
    if (item.evidenceDate && item.evidenceDate > bounds.today) return fail(index, "evidenceDate", "futureDay");
    if (item.status === task.status) return;
    // Setting back a completed task is a correction of the record, made on the task's own page with
    // its reason, never in passing in a quarterly report.
    if (task.status === "COMPLETED") return fail(index, "status", "completedStays");
    const effectiveOn = changeDay(item, bounds);
    // The report is the quarter's: a completion dated after its end belongs to the next one.
    const problem = changeDayError(effectiveOn, { ...bounds, lastChangeOn: task.lastChangeOn });
    if (problem) fail(index, item.status === "COMPLETED" ? "evidenceDate" : "status", problem);
    else if (item.evidenceDate && item.evidenceDate > effectiveOn) fail(index, "evidenceDate", "evidenceAfterChange");
    else changes.push({ item, task, effectiveOn });
  });
  return { changes, errors };
}
