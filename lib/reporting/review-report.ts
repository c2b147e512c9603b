import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { refuser } from "@/lib/audit/refusal";
import { canManagePeriods, type SessionUser } from "@/lib/auth/permissions";
import { appNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/validation/form-fields";
import { ReviewReportSchema } from "./report-schemas";
import { ClosedMeanwhile, formError, type Refusal, type ReportContext, type ReportResult } from "./submit-report";

/**
 * VPCP accepts a submitted report, or returns it to the agency with what to revise. Only a report
 * awaiting review, in an open quarter, on the version the analyst saw; the step is kept in the
 * report's history with its comment.
 */
export async function reviewReport(actor: SessionUser | null, input: unknown, context: ReportContext = {}): Promise<ReportResult> {
  const refuse = refuser(actor, "report.review", context);
  if (!actor || !canManagePeriods(actor)) return refuse<Refusal>({ ok: false, kind: actor ? "forbidden" : "unauthenticated" }, null, { reason: actor ? "role" : "unauthenticated" });
  const parsed = ReviewReportSchema.safeParse(input);
  if (!parsed.success) return refuse<Refusal>({ ok: false, kind: "invalid", errors: fieldErrorsOf(parsed.error) }, null, { reason: "invalid" });
  const data = parsed.data;
  const now = context.now ?? appNow();
  const report = await db().agencyReport.findUnique({
    where: { id: data.reportId },
    select: { id: true, state: true, version: true, agency: { select: { code: true } }, period: { select: { year: true, quarter: true, state: true } } },
  });
  if (!report) return refuse<Refusal>({ ok: false, kind: "not-found" }, data.reportId, { reason: "not-found" });
  const target = `${report.period.year}-Q${report.period.quarter}/${report.agency.code}`;
  if (report.period.state === "CLOSED") return refuse(formError("periodClosed"), target, { reason: "closed" });
  if (report.state !== "SUBMITTED") return refuse(formError("notAwaitingReview"), target, { reason: report.state });
  if (report.version !== data.reportVersion) return refuse<Refusal>({ ok: false, kind: "conflict", tasks: [] }, target, { reason: "stale-report" });

  const accepted = data.decision === "ACCEPT";
  let done: boolean;
  try {
    done = await db().$transaction(async (tx) => {
      // Checked again inside: a close that committed since the check above wins.
      const current = await tx.agencyReport.findUniqueOrThrow({ where: { id: report.id }, select: { period: { select: { state: true } } } });
      if (current.period.state !== "OPEN") throw new ClosedMeanwhile();
      const updated = await tx.agencyReport.updateMany({
        where: { id: report.id, version: data.reportVersion, state: "SUBMITTED" },
        data: { state: accepted ? "ACCEPTED" : "RETURNED", reviewedAt: now, version: { increment: 1 } },
      });
      if (updated.count !== 1) return false;
      await tx.agencyReportEvent.create({ data: { reportId: report.id, kind: accepted ? "ACCEPTED" : "RETURNED", at: now, byId: actor.id, text: data.comment ?? null } });
      await audit({ action: "report.review", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target, detail: { decision: data.decision } }, tx);
      return true;
    });
  } catch (error) {
    if (error instanceof ClosedMeanwhile) return refuse(formError("periodClosed"), target, { reason: "closed" });
    throw error;
  }
  if (!done) return refuse<Refusal>({ ok: false, kind: "conflict", tasks: [] }, target, { reason: "stale-report" });
  return { ok: true, reportId: report.id };
}
