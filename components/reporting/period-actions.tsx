"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { closePeriodAction, reopenPeriodAction } from "@/lib/actions/reporting";
import { IDLE } from "@/lib/commands/result";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { REASON_MIN } from "@/lib/reporting/period-schemas";
import { FormStatus, describedError, useFieldError, type ReportingFormState } from "./form-status";


type CloseProps = { periodId: string; quarterText: string; missing: number; awaitingReview: number; returned: number };

/** Closing is asked twice: the second step says what is still outstanding and that the figures will freeze. */
export function ClosePeriodForm({ periodId, quarterText, missing, awaitingReview, returned }: CloseProps) {
  const t = useTranslations("reporting");
  const [state, action, pending] = useActionState(closePeriodAction, IDLE);
  const [confirming, setConfirming] = useState(false);
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="close-period">
      <FormStatus state={state} saved={t("closed")} testId="close-period-status" />
      <input type="hidden" name="periodId" value={periodId} />
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>{t("close", { quarter: quarterText })}</button>
      ) : (
        <div className="notice" role="group" aria-label={t("closeConfirmLabel")}>
          <p>{t("closeWarning", { quarter: quarterText })}</p>
          {(missing > 0 || awaitingReview > 0 || returned > 0) && <p>{t("closeOutstanding", { missing, awaitingReview, returned })}</p>}
          <div className="filter-actions">
            <button type="submit" disabled={pending}>{t("closeConfirm")}</button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t("cancel")}</button>
          </div>
        </div>
      )}
    </form>
  );
}

/** An admin reopens the latest closed quarter, saying why; the reason stays in the quarter's history. */
export function ReopenPeriodForm({ periodId, quarterText }: { periodId: string; quarterText: string }) {
  const t = useTranslations("reporting");
  const [state, action, pending] = useActionState(reopenPeriodAction, IDLE);
  const reason = describedError(useFieldError(state)("reason"), "reopen-reason-error");
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="reopen-period" noValidate>
      <FormStatus state={state} saved={t("reopened")} fields={["reason"]} testId="reopen-period-status" />
      <input type="hidden" name="periodId" value={periodId} />
      <div className="field">
        <label htmlFor="reopen-reason">{t("fields.reason", { min: REASON_MIN })}</label>
        <textarea id="reopen-reason" name="reason" rows={3} maxLength={1000} {...reason.attrs} />
        {reason.node}
      </div>
      <button type="submit" className="secondary" disabled={pending}>{t("reopen", { quarter: quarterText })}</button>
    </form>
  );
}
