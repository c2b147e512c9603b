import "server-only";
import { db } from "@/lib/db";

/** A task's line in a draft, as the report form held it (ReportDraftSchema in lib/reporting checks it). */
type ReportStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
export type DraftItem = { taskId: string; version: number; fromStatus: ReportStatus; status: ReportStatus; note?: string; evidenceNumber?: string; evidenceDate?: string };

export type ReportDraft = { savedAt: Date; savedBy: string; summary: string; items: Map<string, DraftItem> };

/** The draft of a report, if one was saved (for the form its editors fill in), by task. */
export async function getReportDraft(reportId: string): Promise<ReportDraft | null> {
  const draft = await db().agencyReportDraft.findUnique({ where: { reportId }, select: { savedAt: true, summary: true, items: true, savedBy: { select: { displayName: true } } } });
  if (!draft) return null;
  const items = Array.isArray(draft.items) ? (draft.items as DraftItem[]) : [];
  return { savedAt: draft.savedAt, savedBy: draft.savedBy.displayName, summary: draft.summary, items: new Map(items.map((item) => [item.taskId, item])) };
}
