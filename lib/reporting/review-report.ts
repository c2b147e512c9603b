import "server-only";
import { canManagePeriods } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { ReviewReportSchema } from "./report-schemas";
import { reportOf, type ReportConflict } from "./submit-report";

/**
 * VPCP accepts a submitted report, or returns it to the agency with what to revise. Only a report
 * awaiting review, in an open quarter, on the version the analyst saw; the step is kept in the
 * report's history with its comment.
 */
export const reviewReport = defineCommand<typeof ReviewReportSchema, { reportId: string }, ReportConflict>({
  name: "report.review",
  schema: ReviewReportSchema,
  authorize: canManagePeriods,
  async run({ actor, input, tx, now }) {
    const report = await reportOf(tx, input.reportId);
    if (report.period.state === "CLOSED") throw refuse.field("form", "periodClosed", report.label);
    if (report.state !== "SUBMITTED") throw refuse.field("form", "notAwaitingReview", report.label);
    const accepted = input.decision === "ACCEPT";
    const updated = await tx.agencyReport.updateMany({
      where: { id: report.id, version: input.reportVersion, state: "SUBMITTED" },
      data: { state: accepted ? "ACCEPTED" : "RETURNED", reviewedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw refuse.conflict({ tasks: [] }, report.label, { what: "report" });
    await tx.agencyReportEvent.create({ data: { reportId: report.id, kind: accepted ? "ACCEPTED" : "RETURNED", at: now, byId: actor.id, text: input.comment ?? null } });
    return { result: { reportId: report.id }, target: report.label, detail: { decision: input.decision } };
  },
});
