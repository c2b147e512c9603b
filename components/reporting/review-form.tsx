"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewReportAction } from "@/lib/actions/reporting";
import { IDLE } from "@/lib/commands/result";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { FormStatus, describedError, useFieldError, type ReportingFormState } from "./form-status";

/** VPCP accepts the report, or returns it to the agency saying what to revise: one button each. */
export function ReviewForm({ reportId, reportVersion }: { reportId: string; reportVersion: number }) {
  const t = useTranslations("reporting");
  const [state, action, pending] = useActionState(reviewReportAction, IDLE);
  const comment = describedError(useFieldError(state)("comment"), "review-comment-error");
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" noValidate data-testid="review-form">
      <FormStatus state={state} saved={t("reviewed")} fields={["comment"]} testId="review-status" />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="reportVersion" value={reportVersion} />
      <div className="field">
        <label htmlFor="review-comment">{t("fields.comment")}</label>
        <textarea id="review-comment" name="comment" rows={3} maxLength={2000} {...comment.attrs} />
        {comment.node}
      </div>
      <div className="filter-actions">
        <button type="submit" name="decision" value="ACCEPT" disabled={pending}>{t("acceptReport")}</button>
        <button type="submit" name="decision" value="RETURN" className="secondary" disabled={pending}>{t("returnReport")}</button>
      </div>
    </form>
  );
}
