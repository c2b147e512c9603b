"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { submitReportAction, type ReportingFormState } from "@/app/reporting/actions";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { ITEM_NOTE_MAX, REPORT_STATUSES, SUMMARY_MAX, SubmitReportSchema, reportFormInput } from "@/lib/reporting/report-schemas";
import { fieldErrorsOf } from "@/lib/validation/form-fields";
import { FormStatus } from "./form-status";

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
};

type Props = {
  reportId: string;
  reportVersion: number;
  summary: string;
  tasks: ReportFormTask[];
  resubmission: boolean;
  today: string;
  /** VPCP entering a report it received on paper or by e-mail may give the day it arrived. */
  onBehalf: boolean;
  startsOn: string;
};

/**
 * The agency's quarterly report: a summary, then each of its tasks with its status as of the quarter's
 * end, a note and evidence. The shared schema checks it here first; the server checks it again.
 */
export function ReportForm({ reportId, reportVersion, summary, tasks, resubmission, today, onBehalf, startsOn }: Props) {
  const t = useTranslations("reporting");
  const ts = useTranslations("status");
  const [state, action, pending] = useActionState<ReportingFormState, FormData>(submitReportAction, { status: "idle" });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [statuses, setStatuses] = useState(() => tasks.map((task) => task.status));
  const errors = { ...(state.status === "invalid" ? state.errors : {}), ...clientErrors };

  function check(form: FormData): boolean {
    const parsed = SubmitReportSchema.safeParse(reportFormInput(form.entries()));
    const found = parsed.success ? {} : fieldErrorsOf(parsed.error);
    setClientErrors(found);
    return parsed.success;
  }
  const errorOf = (field: string) => (errors[field]?.length ? errors[field].map((key) => t(`errors.${key}`)).join(" ") : null);
  const described = (field: string) => {
    const id = `${field.replaceAll(".", "-")}-error`;
    const text = errorOf(field);
    return { attrs: text ? { "aria-invalid": true as const, "aria-describedby": id } : {}, node: text ? <p id={id} className="field-error">{text}</p> : null };
  };
  const shownState: ReportingFormState = Object.keys(clientErrors).length ? { status: "invalid", errors: clientErrors } : state;
  const summaryField = described("summary");
  const receivedField = described("receivedOn");

  return (
    <form onSubmit={submitKeepingValues(action, check)} className="status-form report-form" noValidate data-testid="report-form">
      <FormStatus state={shownState} saved={t("submitted")} fields={["summary", "receivedOn"]} testId="report-status" />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="reportVersion" value={reportVersion} />
      <div className="field">
        <label htmlFor="report-summary">{t("fields.summary")}</label>
        <textarea id="report-summary" name="summary" rows={5} maxLength={SUMMARY_MAX} defaultValue={summary} {...summaryField.attrs} />
        {summaryField.node}
      </div>
      {onBehalf && !resubmission && (
        <div className="field">
          <label htmlFor="report-received">{t("fields.receivedOn")}</label>
          <input id="report-received" name="receivedOn" type="date" min={startsOn} max={today} {...receivedField.attrs} />
          {receivedField.node}
        </div>
      )}
      {tasks.length === 0 && <p className="muted">{t("noTasksToReport")}</p>}
      {tasks.map((task, index) => {
        const name = (field: string) => `items.${index}.${field}`;
        const status = described(name("status"));
        const note = described(name("note"));
        const number = described(name("evidenceNumber"));
        const date = described(name("evidenceDate"));
        const completing = statuses[index] === "COMPLETED" && task.status !== "COMPLETED";
        return (
          <fieldset key={task.taskId} className="report-item" data-testid={`report-item-${task.code}`}>
            <legend>
              <span className="task-code">{task.code}</span> · {task.title} <span className="muted">({task.deadlineText})</span>
            </legend>
            <input type="hidden" name={name("taskId")} value={task.taskId} />
            <input type="hidden" name={name("version")} value={task.version} />
            <input type="hidden" name={name("fromStatus")} value={task.status} />
            <div className="field">
              <label htmlFor={`item-${index}-status`}>{t("fields.itemStatus")}</label>
              <select
                id={`item-${index}-status`}
                name={name("status")}
                value={statuses[index]}
                onChange={(e) => setStatuses((all) => all.map((s, i) => (i === index ? (e.target.value as ReportFormTask["status"]) : s)))}
                {...status.attrs}
              >
                {REPORT_STATUSES.map((s) => (
                  <option key={s} value={s}>{ts(s)}</option>
                ))}
              </select>
              {status.node}
            </div>
            <div className="field field-wide">
              <label htmlFor={`item-${index}-note`}>{t("fields.itemNote")}</label>
              <textarea id={`item-${index}-note`} name={name("note")} rows={2} maxLength={ITEM_NOTE_MAX} defaultValue={task.note} {...note.attrs} />
              {note.node}
            </div>
            <div className="field">
              <label htmlFor={`item-${index}-number`}>{t("fields.evidenceNumber")}{completing ? ` ${t("requiredMark")}` : ""}</label>
              <input id={`item-${index}-number`} name={name("evidenceNumber")} maxLength={100} defaultValue={task.evidenceNumber} {...number.attrs} />
              {number.node}
            </div>
            <div className="field">
              <label htmlFor={`item-${index}-date`}>{t("fields.evidenceDate")}{completing ? ` ${t("requiredMark")}` : ""}</label>
              <input id={`item-${index}-date`} name={name("evidenceDate")} type="date" max={today} defaultValue={task.evidenceDate} {...date.attrs} />
              {date.node}
            </div>
          </fieldset>
        );
      })}
      <p className="muted small">{t("submitExplain")}</p>
      <button type="submit" disabled={pending}>{pending ? t("submitting") : resubmission ? t("resubmit") : t("submit")}</button>
    </form>
  );
}
