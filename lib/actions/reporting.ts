"use server";

// The quarterly reporting cycle's forms: each step is one command's one path.
import { formAction } from "@/lib/commands/form-action";
import { formatQuarterParam } from "@/lib/domain/quarter";
import { closePeriod, openPeriod, reopenPeriod } from "@/lib/reporting/manage-periods";
import { reportFormInput, reviewFormInput } from "@/lib/reporting/report-schemas";
import { reviewReport } from "@/lib/reporting/review-report";
import { saveReportDraft } from "@/lib/reporting/save-draft";
import { submitReport } from "@/lib/reporting/submit-report";

export const openPeriodAction = formAction(openPeriod, {
  input: (form) => ({ ...Object.fromEntries(form), agencyCodes: form.getAll("agencyCodes") }),
  redirectTo: (result, form) => `/reporting/${formatQuarterParam(result.quarter)}?programme=${encodeURIComponent(String(form.get("programme")))}`,
});
export const closePeriodAction = formAction(closePeriod);
export const reopenPeriodAction = formAction(reopenPeriod);
export const submitReportAction = formAction(submitReport, { input: (form) => reportFormInput(form.entries()) });
export const saveReportDraftAction = formAction(saveReportDraft, { input: (form) => reportFormInput(form.entries()) });
export const reviewReportAction = formAction(reviewReport, { input: reviewFormInput });
