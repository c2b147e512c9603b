import "server-only";
import { canManagePeriods, type SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import type { AnyAgencyKind } from "@/lib/domain/agency-kind";
import { daysBetween, type IsoDate } from "@/lib/domain/dates";
import { dueSoon } from "@/lib/domain/report-timeliness";

export const REMINDER_REASONS = ["OVERDUE", "RETURNED", "DUE_SOON"] as const;
export type ReminderReason = (typeof REMINDER_REASONS)[number];

export type Reminder = {
  reason: ReminderReason;
  agencyCode: string;
  agencyName: string;
  agencyNameEn: string;
  kind: AnyAgencyKind;
  reportDueOn: IsoDate;
  /** Days left before the due date (negative once past it). */
  daysLeft: number;
  returnedAt: Date | null;
  returnComment: string | null;
  contacts: { displayName: string; email: string }[];
};

export const DUE_SOON_DAYS = 7;

/**
 * Whom to remind for an open quarter: agencies that have not sent their report and are past due or
 * due within seven days, and agencies whose report VPCP returned and that have not sent it again,
 * each with the e-mail addresses of its active editors. The addresses are VPCP's to use: null for
 * anyone else. Three queries whatever the number of agencies.
 */
export async function listReminders(actor: SessionUser, periodId: string, today: IsoDate): Promise<Reminder[] | null> {
  if (!canManagePeriods(actor)) return null;
  const period = await db().reportingPeriod.findUnique({ where: { id: periodId }, select: { state: true, reportDueOn: true } });
  if (!period || period.state !== "OPEN") return [];
  const remindSilent = dueSoon(period.reportDueOn, today, DUE_SOON_DAYS) || today > period.reportDueOn;
  const reports = await db().agencyReport.findMany({
    where: { periodId, OR: [{ state: "RETURNED" }, ...(remindSilent ? [{ state: "PENDING" as const }] : [])] },
    orderBy: { agency: { code: "asc" } },
    select: {
      state: true,
      reviewedAt: true,
      agency: { select: { id: true, code: true, name: true, nameEn: true, kind: true } },
      events: { where: { kind: "RETURNED" }, orderBy: { at: "desc" }, take: 1, select: { text: true } },
    },
  });
  const editors = await db().user.findMany({
    where: { agencyId: { in: reports.map((r) => r.agency.id) }, role: "AGENCY_EDITOR", active: true, email: { not: null } },
    orderBy: { username: "asc" },
    select: { agencyId: true, displayName: true, email: true },
  });
  const daysLeft = daysBetween(today, period.reportDueOn);
  const order = (reason: ReminderReason) => REMINDER_REASONS.indexOf(reason);
  return reports
    .map((report): Reminder => ({
      reason: report.state === "RETURNED" ? "RETURNED" : daysLeft < 0 ? "OVERDUE" : "DUE_SOON",
      agencyCode: report.agency.code,
      agencyName: report.agency.name,
      agencyNameEn: report.agency.nameEn,
      kind: report.agency.kind,
      reportDueOn: period.reportDueOn,
      daysLeft,
      returnedAt: report.state === "RETURNED" ? report.reviewedAt : null,
      returnComment: report.state === "RETURNED" ? (report.events[0]?.text ?? null) : null,
      contacts: editors.filter((e) => e.agencyId === report.agency.id).map((e) => ({ displayName: e.displayName, email: e.email! })),
    }))
    .sort((a, b) => order(a.reason) - order(b.reason) || a.agencyCode.localeCompare(b.agencyCode));
}
