import "server-only";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { agencyScope } from "@/lib/domain/permissions";
import { ReportDraftSchema } from "./report-schemas";
import { reportOf } from "./submit-report";

/**
 * Saves the report form as it is, to finish and send later: by whoever may send it, while it may be
 * sent (the quarter open, the report not with VPCP), on the version the form was made from. It
 * replaces the earlier draft; sending the report removes it.
 */
export const saveReportDraft = defineCommand<typeof ReportDraftSchema, { reportId: string; savedAt: Date }>({
  name: "report.draft",
  schema: ReportDraftSchema,
  targetOf: (raw) => (typeof raw === "object" && raw !== null && "reportId" in raw ? String((raw as { reportId: unknown }).reportId).slice(0, 64) : null),
  async run({ actor, input, tx, now, today }) {
    const report = await reportOf(tx, input.reportId, agencyScope(actor));
    const { period, label } = report;
    if (period.state === "CLOSED") throw refuse.field("form", "periodClosed", label);
    if (report.state !== "PENDING" && report.state !== "RETURNED") throw refuse.field("form", "alreadySubmitted", label);
    if (today < period.startsOn) throw refuse.field("form", "quarterNotStarted", label);
    if (report.version !== input.reportVersion) throw refuse.conflict({}, label, { what: "report" });
    const draft = { savedAt: now, savedById: actor.id, summary: input.summary ?? "", items: input.items };
    await tx.agencyReportDraft.upsert({ where: { reportId: report.id }, create: { reportId: report.id, ...draft }, update: draft });
    return { result: { reportId: report.id, savedAt: now }, target: label, detail: { items: input.items.length } };
  },
});
