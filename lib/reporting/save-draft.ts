import "server-only";
import { defineCommand } from "@/lib/commands/define-command";
import { ReportDraftSchema } from "./report-schemas";
import { openReportOf, type ReportConflict } from "./submit-report";

/**
 * Saves the report form as it is, to finish and send later: by whoever may send it, while it may be
 * sent (the quarter open, the report not with VPCP), on the version the form was made from. It
 * replaces the earlier draft; sending the report removes it.
 */
export const saveReportDraft = defineCommand<typeof ReportDraftSchema, { reportId: string; savedAt: Date }, ReportConflict>({
  name: "report.draft",
  schema: ReportDraftSchema,
  targetOf: (raw) => (typeof raw === "object" && raw !== null && "reportId" in raw ? String((raw as { reportId: unknown }).reportId).slice(0, 64) : null),
  async run({ actor, input, tx, now, today }) {
    const report = await openReportOf(tx, actor, input, today);
    const draft = { savedAt: now, savedById: actor.id, summary: input.summary ?? "", items: input.items };
    await tx.agencyReportDraft.upsert({ where: { reportId: report.id }, create: { reportId: report.id, ...draft }, update: draft });
    return { result: { reportId: report.id, savedAt: now }, target: report.label, detail: { items: input.items.length } };
  },
});
