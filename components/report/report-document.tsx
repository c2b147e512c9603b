import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { formatNumber, formatPercent, formatSignedNumber } from "@/lib/domain/rate";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";
import type { ReportParagraphs } from "@/lib/report/report-text";

type Props = { report: QuarterlyReport; text: ReportParagraphs; locale: Locale };

/**
 * The quarterly report as a document: the heading of a VPCP report, the summary in the reports' own
 * words and the tables behind it. The page's print styles lay it out on A4.
 */
export async function ReportDocument({ report, text, locale }: Props) {
  const t = await getTranslations("reportDoc");
  const tp = await getTranslations("reportPage");
  const tk = await getTranslations("agencyKind");
  const n = (value: number) => formatNumber(value, locale);
  const rate = (completed: number, assigned: number) => (assigned ? formatPercent(completed / assigned, locale) : "—");
  const name = (a: { shortName: string; nameEn: string }) => (locale === "vi" ? a.shortName : a.nameEn);
  const { figures } = report.reporting;
  return (
    <article className="report-document" data-testid="report-document" lang={locale}>
      <header className="report-masthead">
        <div>
          <p className="report-org">{tp("organisation")}</p>
          <p>{t("number")}</p>
        </div>
        <div>
          <p className="report-motto">
            <strong>{tp("country")}</strong>
            <br />
            <span>{tp("motto")}</span>
          </p>
          <p><em>{t("placeDate", { year: report.generatedOn.slice(0, 4) })}</em></p>
        </div>
      </header>
      <h1 className="report-title">
        {t("kind")}
        <br />
        <span className="report-subject">{t("subject", { title: locale === "vi" ? report.programme.title : report.programme.titleEn })}</span>
        <br />
        <span>{quarterLabel(report.period, locale)}</span>
      </h1>
      {report.provisional && <p className="notice" data-testid="report-provisional">{t("provisional")}</p>}
      <p className="muted small">{t("generated", { date: formatDate(report.generatedOn, locale), asOf: formatDate(report.asOf, locale) })}</p>
      {report.period.requestNumber && <p className="muted small">{t("requestLine", { number: report.period.requestNumber, due: formatDate(report.period.reportDueOn, locale) })}</p>}

      <h2>{t("sections.summary")}</h2>
      <p data-testid="report-summary">{text.summary}</p>
      {text.denominator && <p data-testid="report-denominator">{text.denominator}</p>}

      <h2>{t("sections.agencies")}</h2>
      <p>{text.noneCompleted}</p>
      <div className="table-scroll"><table className="report-table" data-testid="report-agencies">
        <thead>
          <tr>
            {["no", "agency", "assigned", "completed", "inProgress", "notStarted", "overdue", "rate", "change"].map((key) => (
              <th key={key} scope="col" className={key === "agency" ? undefined : "num"}>{t(`columns.${key}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.agencies.map((a, index) => (
            <tr key={a.code}>
              <td className="num">{n(index + 1)}</td>
              <th scope="row">{name(a)}</th>
              <td className="num">{n(a.assigned)}</td>
              <td className="num">{n(a.completed)}</td>
              <td className="num">{n(a.inProgress)}</td>
              <td className="num">{n(a.notStarted)}</td>
              <td className="num">{n(a.overdue)}</td>
              <td className="num">{rate(a.completed, a.assigned)}</td>
              <td className="num">{a.previousCompleted === null ? "—" : formatSignedNumber(a.completed - a.previousCompleted, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">{t("total")}</th>
            <td className="num">{n(report.counts.assigned)}</td>
            <td className="num">{n(report.counts.completed)}</td>
            <td className="num">{n(report.counts.inProgress)}</td>
            <td className="num">{n(report.counts.notStarted)}</td>
            <td className="num">{n(report.counts.overdue)}</td>
            <td className="num">{rate(report.counts.completed, report.counts.assigned)}</td>
            <td className="num">{report.previous ? formatSignedNumber(report.counts.completed - report.previous.counts.completed, locale) : "—"}</td>
          </tr>
        </tfoot>
      </table></div>

      <h2>{t("sections.overdue")}</h2>
      <p>{text.overdue}</p>
      {report.overdue.length > 0 && (
        <div className="table-scroll"><table className="report-table" data-testid="report-overdue">
          <thead>
            <tr>
              {["no", "code", "task", "agency", "deadline", "daysOverdue"].map((key) => (
                <th key={key} scope="col" className={key === "no" || key === "daysOverdue" ? "num" : undefined}>{t(`columns.${key}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.overdue.map((task, index) => (
              <tr key={task.code}>
                <td className="num">{n(index + 1)}</td>
                <td className="task-code">{task.code}</td>
                <td>{task.title}</td>
                <td>{locale === "vi" ? task.agencyShortName : task.agencyNameEn}</td>
                <td>{formatDate(task.deadline, locale)}</td>
                <td className="num">{n(task.daysOverdue)}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      )}

      <h2>{t("sections.plans")}</h2>
      <p>{text.plans}</p>

      <h2>{t("sections.reporting")}</h2>
      <p data-testid="report-reporting">{text.reporting}</p>
      {figures.total.required > 0 && (
        <div className="table-scroll"><table className="report-table" data-testid="report-timeliness">
          <thead>
            <tr>
              {["kind", "required", "onTime", "late", "notSent", "accepted", "awaitingReview", "returned"].map((key) => (
                <th key={key} scope="col" className={key === "kind" ? undefined : "num"}>{t(`columns.${key}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...figures.byKind.map((row) => ({ label: tk(row.kind), row })), { label: t("total"), row: figures.total }].map(({ label, row }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {[row.required, row.onTime, row.late, row.missing, row.accepted, row.awaitingReview, row.returned].map((value, index) => (
                  <td key={index} className="num">{n(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table></div>
      )}
      {report.reporting.silent.length > 0 && (
        <div className="table-scroll"><table className="report-table" data-testid="report-silent">
          <thead>
            <tr>
              {["no", "silentAgency", "daysPastDue"].map((key) => (
                <th key={key} scope="col" className={key === "silentAgency" ? undefined : "num"}>{t(`columns.${key}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.reporting.silent.map((s, index) => (
              <tr key={s.agencyCode}>
                <td className="num">{n(index + 1)}</td>
                <td>{locale === "vi" ? s.agencyName : s.agencyNameEn}</td>
                <td className="num">{n(s.daysPastDue)}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      )}
      <footer className="report-signature">
        <div>
          <p><strong><em>{t("recipients")}</em></strong></p>
          <p className="prewrap small">{t("recipientLines")}</p>
        </div>
        <p className="muted">{t("signature")}</p>
      </footer>
    </article>
  );
}
