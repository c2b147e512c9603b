"use client";

import { useTranslations } from "next-intl";
import { ITEM_NOTE_MAX, REPORT_STATUSES } from "@/lib/reporting/report-schemas";
import { describedError } from "./form-status";
import { DateField } from "@/components/ui/date-field";

export type ReportFormTask = {
  taskId: string;
  code: string;
  title: string;
  deadlineText: string;
  status: (typeof REPORT_STATUSES)[number];
  version: number;
  note: string;
  evidenceNumber: string;
  evidenceDate: string;
  /** The latest document already recorded for the task ("1234/BTC-THTK, 10/03/2017"), or null. */
  recordedEvidence: string | null;
  /** The status a saved draft chose, shown instead of the task's own until the report is sent. */
  draftStatus?: (typeof REPORT_STATUSES)[number];
};

type Props = {
  task: ReportFormTask;
  index: number;
  status: ReportFormTask["status"];
  onStatus: (status: ReportFormTask["status"]) => void;
  errorOf: (field: string) => string | null;
  today: string;
};

/** One task of the report: its status at the quarter's end, a note, and the evidence of a completion. */
export function ReportItemFields({ task, index, status, onStatus, errorOf, today }: Props) {
  const t = useTranslations("reporting");
  const ts = useTranslations("status");
  const name = (field: string) => `items.${index}.${field}`;
  const field = (key: string) => describedError(errorOf(name(key)), `item-${index}-${key}-error`);
  const [statusField, note, number, date] = [field("status"), field("note"), field("evidenceNumber"), field("evidenceDate")];
  const completing = status === "COMPLETED" && task.status !== "COMPLETED";
  // A completed task stays completed in a report; correcting it is done on the task's page.
  const choices = task.status === "COMPLETED" ? (["COMPLETED"] as const) : REPORT_STATUSES;
  return (
    <fieldset className="report-item" data-testid={`report-item-${task.code}`}>
      <legend>
        <span className="task-code">{task.code}</span> · {task.title} <span className="muted">({t("deadlineShort", { deadline: task.deadlineText })})</span>
      </legend>
      <input type="hidden" name={name("taskId")} value={task.taskId} />
      <input type="hidden" name={name("version")} value={task.version} />
      <input type="hidden" name={name("fromStatus")} value={task.status} />
      <div className="field">
        <label htmlFor={`item-${index}-status`}>{t("fields.itemStatus")}</label>
        <select id={`item-${index}-status`} name={name("status")} value={status} onChange={(e) => onStatus(e.target.value as ReportFormTask["status"])} {...statusField.attrs}>
          {choices.map((s) => (
            <option key={s} value={s}>{ts(s)}</option>
          ))}
        </select>
        {task.status === "COMPLETED" && <p className="muted small">{t("completedStaysHint")}</p>}
        <p className="muted small" data-testid={`recorded-evidence-${task.code}`}>
          {task.recordedEvidence ? t("recordedEvidence", { evidence: task.recordedEvidence }) : t("noRecordedEvidence")}
        </p>
        {statusField.node}
      </div>
      <div className="field field-wide">
        <label htmlFor={`item-${index}-note`}>{t("fields.itemNote")}{status !== task.status ? ` ${t("requiredMark")}` : ""}</label>
        <textarea id={`item-${index}-note`} name={name("note")} rows={2} maxLength={ITEM_NOTE_MAX} defaultValue={task.note} {...note.attrs} />
        {note.node}
      </div>
      <div className="field">
        <label htmlFor={`item-${index}-number`}>{t("fields.evidenceNumber")}{completing ? ` ${t("requiredMark")}` : ""}</label>
        <input id={`item-${index}-number`} name={name("evidenceNumber")} maxLength={100} defaultValue={task.evidenceNumber} {...number.attrs} />
        {number.node}
      </div>
      <div className="field">
        <DateField label={`${t("fields.evidenceDate")}${completing ? ` ${t("requiredMark")}` : ""}`} name={name("evidenceDate")} max={today} defaultValue={task.evidenceDate} {...date.attrs} />
        {date.node}
      </div>
    </fieldset>
  );
}
