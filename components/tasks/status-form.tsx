"use client";

import { useActionState, useState } from "react";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { DateField } from "@/components/ui/date-field";
import { useFormatter, useTranslations } from "next-intl";
import { useCommandMessages } from "@/components/forms/command-messages";
import { updateStatusAction } from "@/lib/actions/tasks";
import { IDLE, formErrorsOf, refusalOf, savedOf, type FormState } from "@/lib/commands/result";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { TASK_STATUSES, type TaskStatusValue } from "@/lib/domain/task-class";
import { NOTE_MAX, WITHDRAWAL_REASONS, statusFormInput, statusUpdateErrors, type FieldErrors } from "@/lib/tasks/status-update-schema";
import type { CurrentTask } from "@/lib/tasks/update-status";

type StatusFormState = FormState<{ code: string; version: number; unchanged: boolean }, { current: CurrentTask }>;

type Props = {
  taskId: string;
  version: number;
  status: TaskStatusValue;
  canWithdraw: boolean;
  today: string;
  locale: Locale;
};

export function StatusForm({ taskId, version, status, canWithdraw, today, locale }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const messages = useCommandMessages("statusForm");
  const [state, action, pending] = useActionState<StatusFormState, FormData>(updateStatusAction, IDLE);
  const refusal = refusalOf(state);
  const conflict = refusal?.kind === "conflict" ? refusal.current : null;
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [toStatus, setToStatus] = useState<TaskStatusValue>(status);
  // After a save the page brings the task's new version: the form then shows the status now recorded
  // and empties its other fields (keyed by the version below), so that pressing save again cannot
  // send the old status over the new one. A refused save keeps what was typed.
  const [shownVersion, setShownVersion] = useState(version);
  if (shownVersion !== version) {
    setShownVersion(version);
    setToStatus(status);
  }
  const errors: FieldErrors = { ...formErrorsOf(state), ...clientErrors };
  const statuses = TASK_STATUSES.filter((s) => canWithdraw || (s !== "WITHDRAWN" && status !== "WITHDRAWN"));

  // The same schema as the server, run first here so that most mistakes are shown before sending.
  function check(form: FormData): boolean {
    const found = statusUpdateErrors(statusFormInput(form)).errors;
    setClientErrors(found);
    return Object.keys(found).length === 0;
  }

  const fieldError = (name: keyof FieldErrors) =>
    errors[name]?.length ? (
      <p id={`${name}-error`} className="field-error">
        {messages.errors(errors[name]!, { max: NOTE_MAX })}
      </p>
    ) : null;
  const invalid = (name: keyof FieldErrors) =>
    errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};

  return (
    <form onSubmit={submitKeepingValues(action, check)} className="status-form" noValidate data-testid="status-form">
      {savedOf(state) && (
        <p className="form-success" role="status" data-testid="status-saved">
          {savedOf(state)!.unchanged ? t("statusForm.unchanged") : t("statusForm.saved")}
        </p>
      )}
      {conflict && (
        <div className="form-error" role="alert" data-testid="status-conflict">
          <p>{messages.refused("conflict")}</p>
          <p>
            {t("statusForm.conflictNow", {
              status: t(`status.${conflict.status}`),
              version: conflict.version,
            })}
          </p>
          {conflict.lastChange && (
            <p>
              {t("statusForm.conflictLast", {
                by: conflict.lastChange.by ?? t("task.bySystem"),
                at: format.dateTime(new Date(conflict.lastChange.changedAt), { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }),
                status: t(`status.${conflict.lastChange.toStatus}`),
                note: conflict.lastChange.note ?? "—",
              })}
            </p>
          )}
          <p>{t("statusForm.conflictReload")}</p>
        </div>
      )}
      {refusal && refusal.kind !== "invalid" && refusal.kind !== "conflict" && (
        <p className="form-error" role="alert" data-testid="status-refused">
          {messages.refused(refusal.kind)}
        </p>
      )}
      {state.status === "error" && (
        <p className="form-error" role="alert">
          {t("error.withId", { id: state.id })}
        </p>
      )}
      {refusal?.kind === "invalid" && (
        <p className="form-error" role="alert" data-testid="status-invalid">
          {t("statusForm.fixErrors")}
        </p>
      )}

      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <div key={version} className="status-fields">
      <div className="form-grid">
        <div className="field">
          <label htmlFor="toStatus">{t("statusForm.toStatus")}</label>
          <select id="toStatus" name="toStatus" value={toStatus} onChange={(e) => setToStatus(e.target.value as TaskStatusValue)} {...invalid("toStatus")}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          {fieldError("toStatus")}
        </div>
        <div className="field">
          <DateField label={t("statusForm.effectiveOn")} name="effectiveOn" defaultValue={today} max={today} {...invalid("effectiveOn")} />
          {fieldError("effectiveOn")}
        </div>
        {toStatus === "WITHDRAWN" && (
          <div className="field">
            <label htmlFor="withdrawnReason">{t("statusForm.withdrawnReason")}</label>
            <select id="withdrawnReason" name="withdrawnReason" defaultValue="" {...invalid("withdrawnReason")}>
              <option value="">—</option>
              {WITHDRAWAL_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`withdrawalReason.${r}`)}
                </option>
              ))}
            </select>
            {fieldError("withdrawnReason")}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor="note">{t("statusForm.note")}</label>
        <textarea id="note" name="note" rows={3} maxLength={NOTE_MAX} {...invalid("note")} />
        {fieldError("note")}
      </div>
      <fieldset className="evidence-fields">
        <legend>
          {t("statusForm.evidence")} {toStatus === "COMPLETED" ? t("statusForm.evidenceRequiredHint") : t("statusForm.optional")}
        </legend>
        <div className="field">
          <label htmlFor="evidenceNumber">{t("statusForm.evidenceNumber")}</label>
          <input id="evidenceNumber" name="evidenceNumber" maxLength={100} placeholder="1234/BTC-THTK" {...invalid("evidenceNumber")} />
          {fieldError("evidenceNumber")}
        </div>
        <div className="field">
          <DateField label={t("statusForm.evidenceDate")} name="evidenceDate" max={today} {...invalid("evidenceDate")} />
          {fieldError("evidenceDate")}
        </div>
        <div className="field field-wide">
          <label htmlFor="evidenceUrl">{t("statusForm.evidenceUrl")}</label>
          <input id="evidenceUrl" name="evidenceUrl" type="url" maxLength={500} placeholder="https://" {...invalid("evidenceUrl")} />
          {fieldError("evidenceUrl")}
        </div>
      </fieldset>
      </div>
      <p className="muted small">{t("statusForm.versionNote", { version, date: formatDate(today, locale) })}</p>
      <button type="submit" disabled={pending}>
        {pending ? t("statusForm.saving") : t("statusForm.save")}
      </button>
    </form>
  );
}
