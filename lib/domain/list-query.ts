import type { AgencyKindValue } from "./agency-kind";
import type { IsoDate } from "./dates";
import type { TaskClass, TaskStatusValue } from "./task-class";

// What a list of tasks or agencies can be asked for: the vocabulary shared by the address (lib/view),
// the API's schemas and the queries (lib/data), so that none of them depends on another for it.

export const TASK_SORTS = ["code", "title", "agency", "deadline", "status", "daysOverdue", "lastUpdate"] as const;
export type TaskSort = (typeof TASK_SORTS)[number];
export const AGENCY_LIST_SORTS = ["name", "kind", "assigned", "completed", "rate", "overdue"] as const;
export type AgencyListSort = (typeof AGENCY_LIST_SORTS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export type TaskFilters = {
  agency: string[];
  kind: AgencyKindValue[];
  status: TaskStatusValue[];
  taskClass: TaskClass[];
  overdue: boolean;
  deadlineFrom?: IsoDate;
  deadlineTo?: IsoDate;
  q?: string;
};

export type TaskQuery = TaskFilters & { sort: TaskSort; dir: "asc" | "desc"; page: number; size: number };

export type AgencyListQuery = { sort: AgencyListSort; dir: "asc" | "desc"; kind: AgencyKindValue[] };

export type ChangeQuery = { agency?: string; from?: IsoDate; to?: IsoDate; page: number; size: number };
