// The demo's quarterly reports. From the record (seed 004): VPCP's request 1976/VPCP-KGVX asked the
// ministries and agencies and the People's Committees of Hà Nội and Thành phố Hồ Chí Minh for their
// Q1/2017 reports by 15/3/2017. Reconstructed (README, "Demo data"): who sent on time, late or not at
// all, VPCP's reviews, and the whole of Q4/2016's reporting.
import type { IsoDate } from "../../lib/domain/dates";
import type { Quarter } from "../../lib/domain/quarter";
import { CENTRAL_AGENCIES } from "./agencies";
import { agencyId, periodId, type HistoryRow } from "./ids";

type Step = { kind: "SUBMITTED" | "RETURNED" | "ACCEPTED"; on: IsoDate; text?: string };

export type DemoRequest = {
  quarter: Quarter;
  requestNumber: string | null;
  agencies: string[];
  /** Agencies that sent nothing. */
  missing: string[];
  /** Each agency's steps; agencies not named sent on time (a few days before the due date) and were accepted. */
  steps: Record<string, Step[]>;
  dueOn: IsoDate;
};

const CENTRAL = CENTRAL_AGENCIES.map((a) => a.code);
const sent = (on: IsoDate): Step => ({ kind: "SUBMITTED", on });
const accepted = (on: IsoDate): Step => ({ kind: "ACCEPTED", on });

export const DEMO_REQUESTS: DemoRequest[] = [
  {
    quarter: { year: 2016, quarter: 4 },
    requestNumber: null,
    dueOn: "2016-12-15",
    agencies: CENTRAL,
    missing: ["HVCTQG", "BQLLANG", "VHLKHXH"],
    steps: {
      BYT: [sent("2016-12-19"), accepted("2016-12-22")],
      BCA: [sent("2016-12-20"), accepted("2016-12-23")],
      BTNMT: [sent("2016-12-22"), accepted("2016-12-26")],
      BNV: [sent("2016-12-28"), accepted("2017-01-03")],
      TTCP: [sent("2017-01-05"), accepted("2017-01-09")],
    },
  },
  {
    quarter: { year: 2017, quarter: 1 },
    requestNumber: "1976/VPCP-KGVX",
    dueOn: "2017-03-15",
    agencies: [...CENTRAL, "VN-HN", "VN-SG"],
    missing: ["HVCTQG", "BQLLANG"],
    steps: {
      BTC: [
        sent("2017-03-10"),
        { kind: "RETURNED", on: "2017-03-13", text: "Đề nghị bổ sung số, ngày văn bản chứng minh kết quả nhiệm vụ khai thuế, nộp thuế điện tử." },
        sent("2017-03-16"),
        accepted("2017-03-20"),
      ],
      VHLKHCN: [sent("2017-03-14"), { kind: "RETURNED", on: "2017-03-20", text: "Báo cáo chưa nêu tình hình triển khai các giải pháp chủ yếu; đề nghị bổ sung." }],
      "VN-HN": [sent("2017-03-16"), accepted("2017-03-21")],
      BGTVT: [sent("2017-03-17"), accepted("2017-03-22")],
      BTNMT: [sent("2017-03-20"), accepted("2017-03-27")],
      BCA: [sent("2017-03-22")],
      BNV: [sent("2017-03-24"), accepted("2017-03-30")],
      TTCP: [sent("2017-04-03")],
    },
  },
];

// The demo accounts' agencies report under their editor's name; the others came in before the system.
const EDITORS: Record<string, string> = { BTC: "user-btc", BTNMT: "user-btnmt", VPCP: "user-vpcp" };
const at = (day: IsoDate) => new Date(`${day}T02:00:00.000Z`);

function stepsOf(request: DemoRequest, code: string, index: number): Step[] {
  if (request.missing.includes(code)) return [];
  if (request.steps[code]) return request.steps[code];
  // On time: between one and nine days before the due date, accepted two days later.
  const day = new Date(`${request.dueOn}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() - (1 + ((index * 7) % 9)));
  const on = day.toISOString().slice(0, 10);
  const review = new Date(day.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
  return [sent(on), accepted(review)];
}

/** A task's status on a day, from the demo history (the latest change in effect). */
function statusOn(history: HistoryRow[], taskId: string, day: IsoDate) {
  return history.filter((h) => h.taskId === taskId && h.effectiveOn <= day).at(-1)?.toStatus ?? null;
}

type ReportRow = {
  id: string; periodId: string; agencyId: string; state: "PENDING" | Step["kind"]; firstSubmittedAt: Date | null;
  firstSubmittedOn: IsoDate | null; submittedAt: Date | null; reviewedAt: Date | null; version: number;
};
type EventRow = { id: string; reportId: string; kind: Step["kind"]; at: Date; byId: string | null; text: string | null };
type ItemRow = {
  eventId: string; taskId: string; status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED"; note: null; evidenceNumber: null;
  evidenceDate: null;
};

export function buildDemoReports(tasks: { id: string; leadAgencyId: string }[], history: HistoryRow[]) {
  const reports: ReportRow[] = [];
  const events: EventRow[] = [];
  const items: ItemRow[] = [];
  for (const request of DEMO_REQUESTS) {
    const period = periodId(request.quarter);
    const tag = `${request.quarter.year}q${request.quarter.quarter}`;
    for (const [index, code] of request.agencies.entries()) {
      const steps = stepsOf(request, code, index);
      const submissions = steps.filter((s) => s.kind === "SUBMITTED");
      const last = steps.at(-1);
      const reportId = `report-${tag}-${code}`;
      reports.push({
        id: reportId,
        periodId: period,
        agencyId: agencyId(code),
        state: (last?.kind ?? "PENDING") as "PENDING" | Step["kind"],
        firstSubmittedAt: submissions[0] ? at(submissions[0].on) : null,
        firstSubmittedOn: submissions[0]?.on ?? null,
        submittedAt: submissions.at(-1) ? at(submissions.at(-1)!.on) : null,
        reviewedAt: last && last.kind !== "SUBMITTED" ? at(last.on) : null,
        version: 1 + steps.length,
      });
      for (const [n, step] of steps.entries()) {
        const eventId = `rev-${tag}-${code}-${n + 1}`;
        const submitted = step.kind === "SUBMITTED";
        events.push({
          id: eventId,
          reportId,
          kind: step.kind,
          at: at(step.on),
          byId: submitted ? (EDITORS[code] ?? null) : "user-analyst",
          text: submitted ? `Báo cáo tình hình thực hiện Nghị quyết 36a/NQ-CP quý ${request.quarter.quarter}/${request.quarter.year}: đã triển khai các giải pháp chủ yếu theo kế hoạch hành động của cơ quan.` : (step.text ?? null),
        });
        if (!submitted) continue;
        for (const task of tasks.filter((t) => t.leadAgencyId === agencyId(code))) {
          const status = statusOn(history, task.id, step.on);
          if (status === null || status === "WITHDRAWN") continue;
          items.push({ eventId, taskId: task.id, status: status as ItemRow["status"], note: null, evidenceNumber: null, evidenceDate: null });
        }
      }
    }
  }
  return { reports, events, items };
}
