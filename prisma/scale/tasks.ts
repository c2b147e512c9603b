import { addDays, daysBetween, type IsoDate } from "../../lib/domain/dates";
import { taskSearchText } from "../../lib/domain/fold";
import type { TaskStatusValue } from "../../lib/domain/task-class";
import type { ScaleProgramme } from "./programmes";
import type { Random } from "./random";

// One task and its status history, as a real one goes: assigned, started, and most often completed
// by its deadline; some late, a few never, fewer withdrawn. Changes after today are not written, so
// today's figures show what is in progress and overdue now (1–5% overdue, as the public figures show).

export type Lead = { id: string; shortName: string };
export type TaskRow = {
  id: string; programmeId: string; code: string; title: string; searchText: string; leadAgencyId: string; assignedOn: IsoDate;
  deadline: IsoDate | null; deadlineText: string | null; status: TaskStatusValue; completedOn: IsoDate | null;
  withdrawnOn: IsoDate | null; withdrawnReason: "CANCELLED" | "RESCOPED" | null; createdAt: Date; updatedAt: Date;
};
export type ChangeRow = {
  id: string; taskId: string; changedAt: Date; fromStatus: TaskStatusValue | null; toStatus: TaskStatusValue; effectiveOn: IsoDate;
  note: string; evidenceNumber: string | null; evidenceDate: IsoDate | null; withdrawnReason: "CANCELLED" | "RESCOPED" | null;
};

const VERBS = ["Xây dựng", "Triển khai", "Nâng cấp", "Hoàn thiện", "Tích hợp", "Số hóa", "Kết nối", "Chuẩn hóa", "Vận hành", "Đánh giá hiệu quả"];
const OBJECTS = [
  "hệ thống thông tin báo cáo", "cơ sở dữ liệu chuyên ngành", "dịch vụ công trực tuyến toàn trình", "hệ thống quản lý văn bản và điều hành",
  "cổng dịch vụ công", "nền tảng chia sẻ, tích hợp dữ liệu", "hồ sơ điện tử", "chữ ký số", "trung tâm dữ liệu", "hệ thống một cửa điện tử",
  "kho dữ liệu mở", "hệ thống giám sát an toàn thông tin",
];
const FIELDS = [
  "về đất đai", "về thuế", "về bảo hiểm xã hội", "về giáo dục", "về y tế", "về giao thông", "về doanh nghiệp", "về hộ tịch",
  "về đầu tư công", "về tài nguyên nước", "về lao động, việc làm", "về khoa học, công nghệ",
];

// Recorded in the morning in Hanoi, a few days after the change took effect, never after now.
const recordedAt = (day: IsoDate, late: number, now: Date) => new Date(Math.min(new Date(`${addDays(day, late)}T02:00:00.000Z`).getTime(), now.getTime()));

export function buildTask(
  programme: ScaleProgramme, index: number, lead: Lead, random: Random, today: IsoDate, now: Date,
): { task: TaskRow; changes: ChangeRow[] } {
  const id = `${programme.id}-t${index}`;
  const code = `${programme.prefix}${Math.floor(index / 9999)}-${(index % 9999) + 1}`;
  const title = `${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(FIELDS)} của ${lead.shortName}`;
  const spanDays = Math.max(1, daysBetween(programme.issuedOn, today) - 30);
  // More tasks in a programme's first years than in its last.
  const assignedOn = addDays(programme.issuedOn, Math.floor(random.float() ** 1.4 * spanDays));
  const dated = random.chance(0.97);
  const deadline = dated ? addDays(assignedOn, random.int(120, 1460)) : null;

  const changes: ChangeRow[] = [];
  let status: TaskStatusValue = "NOT_STARTED";
  const change = (to: TaskStatusValue, on: IsoDate, note: string, extra: Partial<ChangeRow> = {}) => {
    if (on > today) return false;
    // Each change recorded after the one before, as the history's order requires.
    const after = changes.at(-1)?.changedAt.getTime() ?? 0;
    const changedAt = new Date(Math.max(recordedAt(on, random.int(0, 4), now).getTime(), after + 60_000));
    changes.push({
      id: `${id}-h${changes.length + 1}`, taskId: id, changedAt, fromStatus: changes.length ? status : null,
      toStatus: to, effectiveOn: on, note, evidenceNumber: null, evidenceDate: null, withdrawnReason: null, ...extra,
    });
    status = to;
    return true;
  };
  change("NOT_STARTED", assignedOn, "Giao nhiệm vụ");
  const length = deadline ? daysBetween(assignedOn, deadline) : 365;
  const startedOn = addDays(assignedOn, random.int(7, Math.max(14, Math.floor(length * 0.4))));
  let completedOn: IsoDate | null = null;
  let withdrawnOn: IsoDate | null = null;
  let withdrawnReason: "CANCELLED" | "RESCOPED" | null = null;
  if (change("IN_PROGRESS", startedOn, "Đang triển khai")) {
    const outcome = random.float();
    let done: IsoDate | null = null;
    if (outcome < 0.01) {
      const on = addDays(startedOn, random.int(30, 400));
      const reason = random.chance(0.5) ? "CANCELLED" : "RESCOPED";
      if (change("WITHDRAWN", on, "Rút khỏi chương trình theo chỉ đạo", { withdrawnReason: reason })) [withdrawnOn, withdrawnReason] = [on, reason];
    } else if (!deadline) done = random.chance(0.8) ? addDays(startedOn, random.int(30, 700)) : null;
    else if (outcome < 0.88) done = addDays(startedOn, 1 + Math.floor(random.float() * Math.max(1, daysBetween(startedOn, deadline) - 1)));
    else if (outcome < 0.965) done = addDays(deadline, random.int(1, 150));
    if (done && change("COMPLETED", done, "Đã hoàn thành", { evidenceNumber: `${random.int(1, 2999)}/QĐ-${lead.shortName.slice(0, 12)}`, evidenceDate: done })) completedOn = done;
  }
  const first = changes[0].changedAt;
  return {
    task: {
      id, programmeId: programme.id, code, title, searchText: taskSearchText({ code, title }), leadAgencyId: lead.id, assignedOn, deadline,
      deadlineText: deadline ? null : "Hằng năm", status, completedOn, withdrawnOn, withdrawnReason, createdAt: first, updatedAt: changes.at(-1)!.changedAt,
    },
    changes,
  };
}
