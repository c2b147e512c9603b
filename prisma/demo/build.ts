// Builds the demo dataset as plain rows, deterministically: the same rows, ids and timestamps every
// time, so seeding twice gives the same database.
import { addDays, daysBetween, type IsoDate } from "../../lib/domain/dates";
import { agencySearchText, taskSearchText } from "../../lib/domain/fold";
import { previousQuarter, quarterBounds, type Quarter } from "../../lib/domain/quarter";
import { ACTION_PLAN_MISSING, CENTRAL_AGENCIES, PROVINCES, type AgencySeed } from "./agencies";
import type { TaskStatusValue } from "../../lib/domain/task-class";
import { agencyId, periodId, taskId, type HistoryRow } from "./ids";
import { buildDemoReports, DEMO_REQUESTS } from "./reports";
import { RECORDED_EVIDENCE, TASKS, WITHDRAWN_TASKS, type TaskSeed } from "./tasks";

export const PROGRAMME = {
  id: "prg-36a",
  code: "36a/NQ-CP",
  slug: "36a",
  title: "Nghị quyết 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử",
  titleEn: "Government Resolution 36a/NQ-CP of 14 October 2015 on e-Government",
  issuedOn: "2015-10-14",
  description: "Nhiệm vụ cụ thể giao các bộ, ngành tại Phần IV Nghị quyết 36a/NQ-CP.",
};

/** Quarters the demo reports on: from the resolution's first quarter to Q1/2017 (seed 000). */
export const DEMO_QUARTERS: Quarter[] = [
  { year: 2015, quarter: 4 },
  { year: 2016, quarter: 1 },
  { year: 2016, quarter: 2 },
  { year: 2016, quarter: 3 },
  { year: 2016, quarter: 4 },
  { year: 2017, quarter: 1 },
];


function parseQuarter(text: string): Quarter {
  const match = /^(\d{4})Q([1-4])$/.exec(text);
  if (!match) throw new Error(`bad quarter ${text}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
}

// A day inside the quarter that varies with the task, never before the resolution was issued.
function dayIn(q: Quarter, salt: number): IsoDate {
  const { startsOn, endsOn } = quarterBounds(q);
  const first = startsOn < PROGRAMME.issuedOn ? addDays(PROGRAMME.issuedOn, 6) : addDays(startsOn, 5);
  const span = daysBetween(first, endsOn) - 10;
  return addDays(first, (salt * 37) % span);
}

// Recorded at 09:00 in Hanoi on the day the change took effect.
const at = (day: IsoDate) => new Date(`${day}T02:00:00.000Z`);

function historyOf(task: TaskSeed, index: number): { rows: HistoryRow[]; final: { status: TaskStatusValue; completedOn: IsoDate | null; withdrawnOn: IsoDate | null } } {
  const id = taskId(task.code);
  const rows: HistoryRow[] = [];
  let current: TaskStatusValue | null = null;
  const push = (to: TaskStatusValue, on: IsoDate, note: string, extra: Partial<HistoryRow> = {}) => {
    rows.push({
      id: `chg-${task.code}-${rows.length + 1}`,
      taskId: id,
      changedAt: at(on),
      fromStatus: current,
      toStatus: to,
      effectiveOn: on,
      note,
      evidenceNumber: null,
      evidenceDate: null,
      withdrawnReason: null,
      ...extra,
    });
    current = to;
  };
  push("NOT_STARTED", PROGRAMME.issuedOn, "Giao tại Nghị quyết 36a/NQ-CP ngày 14/10/2015");
  const [kind, when] = task.outcome.split(" ");
  if (kind === "N") return { rows, final: { status: "NOT_STARTED", completedOn: null, withdrawnOn: null } };

  if (kind === "W") {
    const w = WITHDRAWN_TASKS[task.code];
    push("IN_PROGRESS", dayIn(parseQuarter(w.startedIn), index), "Bắt đầu triển khai");
    push("WITHDRAWN", w.on, w.note, { withdrawnReason: w.reason });
    return { rows, final: { status: "WITHDRAWN", completedOn: null, withdrawnOn: w.on } };
  }

  const q = parseQuarter(when);
  if (kind === "P") {
    push("IN_PROGRESS", dayIn(q, index), "Bắt đầu triển khai");
    return { rows, final: { status: "IN_PROGRESS", completedOn: null, withdrawnOn: null } };
  }

  const recorded = RECORDED_EVIDENCE[task.code];
  const completedOn = recorded?.date ?? dayIn(q, index);
  const startQuarter = q.year === 2015 ? q : previousQuarter(q);
  const startedOn = q.year === 2015 ? addDays(PROGRAMME.issuedOn, 1 + (index % 5)) : dayIn(startQuarter, index + 3);
  if (startedOn < completedOn) push("IN_PROGRESS", startedOn, "Bắt đầu triển khai");
  push("COMPLETED", completedOn, "Cơ bản hoàn thành", {
    evidenceNumber: recorded?.number ?? `${100 + index * 7}/QĐ-${task.lead}`,
    evidenceDate: completedOn,
  });
  return { rows, final: { status: "COMPLETED", completedOn, withdrawnOn: null } };
}

export function buildDemoDataset() {
  const allAgencies: AgencySeed[] = [...CENTRAL_AGENCIES, ...PROVINCES];
  const agencies = allAgencies.map((a) => ({ id: agencyId(a.code), ...a, searchText: agencySearchText(a), parentId: null }));
  const created = at(PROGRAMME.issuedOn);

  const history: HistoryRow[] = [];
  const tasks = TASKS.map((task, index) => {
    const { rows, final } = historyOf(task, index + 1);
    history.push(...rows);
    const withdrawal = WITHDRAWN_TASKS[task.code];
    const dated = /^\d{4}-\d{2}-\d{2}$/.test(task.due);
    return {
      id: taskId(task.code),
      programmeId: PROGRAMME.id,
      code: task.code,
      title: task.title,
      description: null,
      searchText: taskSearchText({ code: task.code, title: task.title }),
      leadAgencyId: agencyId(task.lead),
      assignedOn: PROGRAMME.issuedOn,
      deadline: dated ? task.due : null,
      deadlineText: dated ? null : task.due,
      status: final.status,
      completedOn: final.completedOn,
      withdrawnOn: final.withdrawnOn,
      withdrawnReason: withdrawal?.reason ?? null,
      withdrawnNote: withdrawal?.note ?? null,
      mergedIntoId: withdrawal?.mergedInto ? taskId(withdrawal.mergedInto) : null,
      version: rowsVersion(history, task.code),
      createdAt: created,
      updatedAt: history.filter((h) => h.taskId === taskId(task.code)).at(-1)!.changedAt,
    };
  });

  const cooperators = TASKS.flatMap((task) =>
    (task.cooperators ?? []).map((code) => ({ taskId: taskId(task.code), agencyId: agencyId(code) })),
  );

  const periods = DEMO_QUARTERS.map((q) => {
    const { startsOn, endsOn } = quarterBounds(q);
    return {
      id: periodId(q),
      programmeId: PROGRAMME.id,
      year: q.year,
      quarter: q.quarter,
      startsOn,
      endsOn,
      // Reports are due on the 15th of the quarter's last month (Q1/2017: 15/3/2017, seed 004).
      reportDueOn: `${endsOn.slice(0, 8)}15`,
      requestNumber: DEMO_REQUESTS.find((r) => r.quarter.year === q.year && r.quarter.quarter === q.quarter)?.requestNumber ?? null,
      openedAt: at(startsOn < PROGRAMME.issuedOn ? PROGRAMME.issuedOn : startsOn),
      closedAt: at(addDays(endsOn, 10)),
    };
  });

  const actionPlans = allAgencies.map((a, index) => {
    const issued = !ACTION_PLAN_MISSING.includes(a.code);
    const issuedOn = issued ? addDays("2015-11-16", (index * 11) % 420) : null;
    const issuer = a.kind === "PROVINCE" ? "UBND" : a.code;
    return {
      id: `plan-36a-${a.code}`,
      programmeId: PROGRAMME.id,
      agencyId: agencyId(a.code),
      issued,
      documentNumber: issued ? `${200 + index * 13}/KH-${issuer}` : null,
      issuedOn,
    };
  });

  return { programme: PROGRAMME, agencies, tasks, cooperators, history, periods, actionPlans, reporting: buildDemoReports(tasks, history) };
}

// Each recorded change after the assignment bumped the task's version once.
function rowsVersion(history: HistoryRow[], code: string): number {
  return history.filter((h) => h.taskId === taskId(code)).length;
}

export type DemoDataset = ReturnType<typeof buildDemoDataset>;
