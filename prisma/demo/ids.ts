// The demo rows' ids, derived from their codes so that seeding twice gives the same rows.
import type { IsoDate } from "../../lib/domain/dates";
import type { Quarter } from "../../lib/domain/quarter";
import type { TaskStatusValue } from "../../lib/domain/task-class";

export const agencyId = (code: string) => `agency-${code}`;
export const taskId = (code: string) => `task-${code}`;
export const periodId = (q: Quarter) => `period-36a-${q.year}q${q.quarter}`;

/** One demo row of a task's status history, as the demo data builds it. */
export type HistoryRow = {
  id: string;
  taskId: string;
  changedAt: Date;
  fromStatus: TaskStatusValue | null;
  toStatus: TaskStatusValue;
  effectiveOn: IsoDate;
  note: string;
  evidenceNumber: string | null;
  evidenceDate: IsoDate | null;
  withdrawnReason: "CANCELLED" | "MERGED" | "RESCOPED" | null;
};
