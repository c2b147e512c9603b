import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportForm, type ReportFormTask } from "@/components/reporting/report-form";
import { ReportHistory } from "@/components/reporting/report-history";
import { ReviewForm } from "@/components/reporting/review-form";
import { canManagePeriods, canSubmitReport } from "@/lib/domain/permissions";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { getAgencyReport } from "@/lib/data/agency-report";
import { reportTaskRows } from "@/lib/data/report-tasks";
import { getReportDraft } from "@/lib/data/report-draft";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { daysPastDue, reportAsOf, reportingAsOf, reportTimeliness } from "@/lib/domain/report-timeliness";
import { currentLocale } from "@/lib/i18n/current-locale";
import { type RawParams } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ quarter: string; agency: string }>; searchParams: Promise<RawParams> };

const CODE = /^[A-Z0-9-]{1,20}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { quarter, agency } = await params;
  return { title: `${agency} · ${quarter}` };
}

export default async function AgencyReportPage({ params, searchParams }: Props) {
  const { quarter, agency: code } = await params;
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(`/reporting/${encodeURIComponent(quarter)}/${encodeURIComponent(code)}`, raw));
  if (!CODE.test(code)) notFound();
  const [t, locale, found] = await Promise.all([getTranslations("reporting"), currentLocale(), resolvePeriod(raw, quarter)]);
  if (!found) notFound();
  const { programme, period } = found;
  const detail = await getAgencyReport(period.id, code);
  if (!detail) notFound();
  const { agency, report } = detail;
  const label = quarterLabel(period, locale);
  const agencyName = locale === "vi" ? agency.name : agency.nameEn;
  const query = `?programme=${programme.slug}`;
  const today = appToday();
  const heading = (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/reporting${query}`}>{t("title")}</Link> / <Link href={`/reporting/${formatQuarterParam(period)}${query}`}>{label}</Link> / <span>{locale === "vi" ? agency.shortName : agency.nameEn}</span>
      </nav>
      <header className="view-heading">
        <p className="eyebrow">{programme.code} · {label}</p>
        <h1>{t("agencyReportTitle", { agency: agencyName })}</h1>
      </header>
    </>
  );
  if (!report) {
    return (
      <>
        {heading}
        <p className="panel empty" data-testid="not-requested">{t("notRequested", { quarter: label })}</p>
      </>
    );
  }

  const open = period.state === "OPEN";
  const mayEdit = open && canSubmitReport(user, { agencyId: agency.id }) && (report.state === "PENDING" || report.state === "RETURNED") && today >= period.startsOn;
  const lastSubmission = report.events.find((e) => e.kind === "SUBMITTED");
  const lastReturn = report.state === "RETURNED" ? report.events.find((e) => e.kind === "RETURNED") : undefined;
  const asOf = reportingAsOf(period, today);
  const timeliness = reportTimeliness(period.reportDueOn, report.firstSubmittedOn, asOf);
  const pastDue = daysPastDue(period.reportDueOn, report.firstSubmittedOn, asOf);
  let tasks: ReportFormTask[] = [];
  // A draft saved earlier fills the form; otherwise the last report sent does.
  const draft = mayEdit ? await getReportDraft(report.id) : null;
  const unchangedSinceDraft = (row: { taskId: string; version: number; status: string }) => {
    const item = draft?.items.get(row.taskId);
    return item !== undefined && item.version === row.version && item.fromStatus === row.status;
  };
  let movedSinceDraft: string[] = [];
  if (mayEdit) {
    const rows = await reportTaskRows(programme.id, agency.id, reportAsOf(period, today));
    const said = new Map(lastSubmission?.items.map((i) => [i.taskId, i]) ?? []);
    movedSinceDraft = draft ? rows.filter((row) => draft.items.has(row.taskId) && !unchangedSinceDraft(row)).map((row) => row.code) : [];
    tasks = rows.map((row) => {
      // A draft saved earlier fills the form; otherwise the last report sent does.
      const prefill = draft ? draft.items.get(row.taskId) : said.get(row.taskId);
      return {
        taskId: row.taskId,
        code: row.code,
        title: row.title,
        deadlineText: row.deadline ? formatDate(row.deadline, locale) : (row.deadlineText ?? "—"),
        status: row.status as ReportFormTask["status"],
        version: row.version,
        // A draft's status is offered back only for a task as it was when the draft was written (and never
        // for a completed one, which stays completed): a change made since must not be undone unseen.
        draftStatus: row.status !== "COMPLETED" && unchangedSinceDraft(row) ? draft?.items.get(row.taskId)?.status : undefined,
        note: prefill?.note ?? "",
        evidenceNumber: prefill?.evidenceNumber ?? "",
        evidenceDate: prefill?.evidenceDate ?? "",
        recordedEvidence: row.evidenceNumber ? [row.evidenceNumber, row.evidenceDate ? formatDate(row.evidenceDate, locale) : null].filter(Boolean).join(", ") : null,
      };
    });
  }

  return (
    <ClientMessages namespaces={["reporting", "status"]}>
        {heading}
        <section className="panel" aria-labelledby="report-facts">
          <h2 id="report-facts" className="visually-hidden">{t("facts")}</h2>
          <dl className="facts">
            <dt>{t("columns.reportState")}</dt>
            <dd><span className="status-pill" data-testid="report-state">{t(`reportState.${report.state}`)}</span></dd>
            <dt>{t("fields.reportDueOn")}</dt>
            <dd>{formatDate(period.reportDueOn, locale)}</dd>
            <dt>{t("columns.timeliness")}</dt>
            <dd data-testid="report-timeliness">
              {t(`timeliness.${timeliness}`)}
              {pastDue > 0 && ` · ${t("daysPastDue", { count: pastDue })}`}
            </dd>
            <dt>{t("columns.sentOn")}</dt>
            <dd>{report.firstSubmittedOn ? formatDate(report.firstSubmittedOn, locale) : "—"}</dd>
          </dl>
          {report.state === "SUBMITTED" && report.submittedAt && (
            <p className="form-success" role="status" data-testid="report-sent">{t("sentNote", { at: formatDateTime(report.submittedAt, locale) })}</p>
          )}
          {report.state === "ACCEPTED" && report.reviewedAt && (
            <div className="form-success" role="status" data-testid="report-accepted">
              <p>{t("acceptedNote", { at: formatDateTime(report.reviewedAt, locale) })}</p>
              {report.events[0]?.kind === "ACCEPTED" && report.events[0].text && <p className="prewrap">{t("commentLabel", { comment: report.events[0].text })}</p>}
            </div>
          )}
          {lastReturn && (
            <div className="notice" role="status" data-testid="return-comment">
              <p><strong>{t("returnedBecause")}</strong></p>
              <p className="prewrap">{lastReturn.text}</p>
            </div>
          )}
          {!open && <p className="muted">{t("closedNote")}</p>}
        </section>

        {mayEdit && (
          <section className="panel" aria-labelledby="report-form-title">
            <h2 id="report-form-title">{report.state === "RETURNED" ? t("resubmitTitle") : t("submitTitle")}</h2>
            {draft && (
              <p className="notice" role="status" data-testid="report-draft">
                {t("draftLoaded", { at: formatDateTime(draft.savedAt, locale), by: draft.savedBy })}
                {movedSinceDraft.length > 0 && <> {t("draftMoved", { tasks: movedSinceDraft.join(", ") })}</>}
              </p>
            )}
            <ReportForm reportId={report.id} reportVersion={report.version} summary={draft ? draft.summary : (lastSubmission?.text ?? "")} tasks={tasks} resubmission={report.state === "RETURNED"} today={today} endsOn={period.endsOn} onBehalf={canManagePeriods(user)} startsOn={period.startsOn} />
          </section>
        )}
        {open && report.state === "SUBMITTED" && canManagePeriods(user) && (
          <section className="panel" aria-labelledby="review-title">
            <h2 id="review-title">{t("reviewTitle")}</h2>
            <ReviewForm reportId={report.id} reportVersion={report.version} />
          </section>
        )}
        <section className="panel" aria-labelledby="steps-title">
          <h2 id="steps-title">{t("stepsTitle")}</h2>
          <ReportHistory events={report.events} locale={locale} />
        </section>
    </ClientMessages>
  );
}
