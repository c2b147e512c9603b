"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { saveReportDraftAction, submitReportAction } from "@/lib/actions/reporting";
import { useCommandMessages } from "@/components/forms/command-messages";
import { IDLE, formErrorsOf, savedOf } from "@/lib/commands/result";
import { SUMMARY_MAX, SubmitReportSchema, reportFormInput, type SubmitReportInput } from "@/lib/reporting/report-schemas";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/form-fields";
import { FormStatus, describedError, type ReportingFormState } from "./form-status";
import { ReportItemFields, type ReportFormTask } from "./report-item-fields";
import { DateField } from "@/components/ui/date-field";

export type { ReportFormTask } from "./report-item-fields";

type Props = {
  reportId: string;
  reportVersion: number;
  summary: string;
  tasks: ReportFormTask[];
  resubmission: boolean;
  today: string;
  endsOn: string;
  /** VPCP entering a report it received on paper or by e-mail may give the day it arrived. */
  onBehalf: boolean;
  startsOn: string;
};

/**
 * What the browser can tell at once, so that mistakes come in one round: the shared schema, then the
 * days the server would refuse anyway (evidence after today, a completion after the quarter's end).
 */
function check(form: FormData, today: string, endsOn: string): { data?: SubmitReportInput; errors: FieldErrors } {
  const parsed = SubmitReportSchema.safeParse(reportFormInput(form.entries()));
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const items = (reportFormInput(form.entries()).items ?? []) as Record<string, string>[];
  items.forEach((item, index) => {
    const key = `items.${index}.evidenceDate`;
    if (errors[key] || !item.evidenceDate) return;
    if (item.evidenceDate > today) errors[key] = ["futureDay"];
    else if (item.status === "COMPLETED" && item.fromStatus !== "COMPLETED" && item.evidenceDate > endsOn) errors[key] = ["afterQuarterEnd"];
  });
  return Object.keys(errors).length ? { errors } : { data: parsed.data, errors };
}

/**
 * The agency's quarterly report: a summary, then each of its tasks with its status as of the quarter's
 * end, a note and evidence. Sending asks for confirmation, naming every status change it will record.
 */
export function ReportForm({ reportId, reportVersion, summary, tasks, resubmission, today, endsOn, onBehalf, startsOn }: Props) {
  const t = useTranslations("reporting");
  const ts = useTranslations("status");
  const [state, action, pending] = useActionState(submitReportAction, IDLE);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [draftState, draftAction, draftPending] = useActionState(saveReportDraftAction, IDLE);
  const [statuses, setStatuses] = useState(() => tasks.map((task) => task.draftStatus ?? task.status));
  const [confirming, setConfirming] = useState<FormData | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const messages = useCommandMessages("reporting");
  // The errors of the browser's check, else of the last send, else of the last draft refused.
  const sentErrors = formErrorsOf(state);
  const errors = Object.keys(clientErrors).length ? clientErrors : Object.keys(sentErrors).length ? sentErrors : formErrorsOf(draftState);
  const shownState: ReportingFormState = Object.keys(clientErrors).length ? { status: "done", result: { ok: false, kind: "invalid", errors: clientErrors }, at: 0 } : state;

  // The button is at the end of a long form: take the reader to the first thing to fix.
  useEffect(() => {
    if (!Object.keys(clientErrors).length && (state.status === "idle" || savedOf(state))) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current?.querySelector<HTMLElement>("[role=alert]");
    target?.focus();
    target?.scrollIntoView({ block: "center" });
    // Once per submit (new errors), not on every change of a select.
  }, [clientErrors, state]);

  const errorOf = (field: string) => (errors[field]?.length ? messages.errors(errors[field]) : null);
  const attrs = (field: string) => describedError(errorOf(field), `report-${field}-error`).attrs;
  const errorNode = (field: string) => describedError(errorOf(field), `report-${field}-error`).node;
  const changes = tasks.filter((task, index) => statuses[index] !== task.status);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found = check(form, today, endsOn);
    setClientErrors(found.errors);
    if (found.data) setConfirming(form);
  }
  // A draft is saved as the form is, without the checks a sent report must pass.
  function saveDraft() {
    if (!formRef.current) return;
    const form = new FormData(formRef.current);
    setClientErrors({});
    startTransition(() => draftAction(form));
  }
  function send() {
    const form = confirming!;
    setConfirming(null);
    startTransition(() => action(form));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="status-form report-form" noValidate data-testid="report-form">
      <FormStatus state={shownState} saved={t("submitted")} fields={["summary", "receivedOn"]} testId="report-status" />
      <FormStatus state={draftState} saved={t("draftSaved")} testId="report-draft-status" />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="reportVersion" value={reportVersion} />
      <div className="field">
        <label htmlFor="report-summary">{t("fields.summary")} {t("requiredMark")}</label>
        <textarea id="report-summary" name="summary" rows={5} maxLength={SUMMARY_MAX} defaultValue={summary} {...attrs("summary")} />
        {errorNode("summary")}
      </div>
      {onBehalf && !resubmission && (
        <div className="field">
          <DateField label={t("fields.receivedOn")} name="receivedOn" min={startsOn} max={today} {...attrs("receivedOn")} />
          {errorNode("receivedOn")}
        </div>
      )}
      {tasks.length === 0 && <p className="muted">{t("noTasksToReport")}</p>}
      {tasks.map((task, index) => (
        <ReportItemFields
          key={task.taskId}
          task={task}
          index={index}
          status={statuses[index]}
          onStatus={(status) => setStatuses((all) => all.map((s, i) => (i === index ? status : s)))}
          errorOf={errorOf}
          today={today}
        />
      ))}
      <p className="muted small">{t("submitExplain")}</p>
      {confirming ? (
        <div className="notice" role="group" aria-label={t("confirmLabel")} data-testid="report-confirm">
          <p>{changes.length ? t("confirmChanges", { count: changes.length }) : t("confirmNoChanges")}</p>
          {changes.length > 0 && (
            <ul className="plain-list">
              {changes.map((task) => (
                <li key={task.taskId}>{task.code}: {ts(task.status)} → {ts(statuses[tasks.indexOf(task)])}</li>
              ))}
            </ul>
          )}
          <div className="filter-actions">
            <button type="button" onClick={send} disabled={pending}>{t("confirmSend")}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(null)}>{t("confirmBack")}</button>
          </div>
        </div>
      ) : (
        <div className="filter-actions">
          <button type="submit" disabled={pending || draftPending}>{pending ? t("submitting") : resubmission ? t("resubmit") : t("submit")}</button>
          <button type="button" className="secondary" onClick={saveDraft} disabled={pending || draftPending} data-testid="save-draft">
            {draftPending ? t("savingDraft") : t("saveDraft")}
          </button>
        </div>
      )}
    </form>
  );
}
