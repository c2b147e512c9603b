import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
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
      {/* "Như trên" in the recipients refers to this line (Decree 30/2020, Phụ lục I §II.9b). */}
      <p className="report-addressee" data-testid="report-addressee">{t("addressee")}</p>
      {report.provisional && <p className="notice" data-testid="report-provisional">{t("provisional")}</p>}
      <p className="muted small">{t("generated", { date: formatDate(report.generatedOn, locale), asOf: formatDate(report.asOf, locale) })}</p>
      {report.period.requestNumber && <p className="muted small">{t("requestLine", { number: report.period.requestNumber, due: formatDate(report.period.reportDueOn, locale) })}</p>}

      <h2>{t("sections.summary")}</h2>
      <p data-testid="report-summary">{text.summary}</p>
      {text.denominator && <p data-testid="report-denominator">{text.denominator}</p>}

      <h2>{t("sections.agencies")}</h2>
      <p>{text.noneCompleted}</p>
      <DataTable
        testId="report-agencies"
        className="report-table"
        caption={t("sections.agencies")}
        locale={locale}
        rows={report.agencies}
        rowKey={(a) => a.code}
        empty={t("noAgencies")}
        columns={[
          { key: "no", header: t("columns.no"), kind: "number", value: (_a, index) => index + 1 },
          { key: "agency", header: t("columns.agency"), kind: "head", value: name },
          ...(["assigned", "completed", "inProgress", "notStarted", "overdue"] as const).map((key) => ({
            key,
            header: t(`columns.${key}`),
            kind: "number" as const,
            value: (a: QuarterlyReport["agencies"][number]) => a[key],
          })),
          { key: "rate", header: t("columns.rate"), className: "num", value: (a) => rate(a.completed, a.assigned) },
          { key: "change", header: t("columns.change"), className: "num", value: (a) => (a.previousCompleted === null ? null : formatSignedNumber(a.completed - a.previousCompleted, locale)) },
        ]}
        footer={
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
        }
      />

      <h2>{t("sections.overdue")}</h2>
      <p>{text.overdue}</p>
      {report.overdue.length > 0 && (
        <DataTable
          testId="report-overdue"
          className="report-table"
          caption={t("sections.overdue")}
          locale={locale}
          rows={report.overdue}
          rowKey={(task) => task.code}
          empty={null}
          columns={[
            { key: "no", header: t("columns.no"), kind: "number", value: (_task, index) => index + 1 },
            { key: "code", header: t("columns.code"), className: "task-code", value: (task) => task.code },
            { key: "task", header: t("columns.task"), value: (task) => task.title },
            { key: "agency", header: t("columns.agency"), value: (task) => (locale === "vi" ? task.agencyShortName : task.agencyNameEn) },
            { key: "deadline", header: t("columns.deadline"), kind: "date", value: (task) => task.deadline },
            { key: "daysOverdue", header: t("columns.daysOverdue"), kind: "number", value: (task) => task.daysOverdue },
          ]}
        />
      )}

      {report.counts.overdue > report.overdue.length && (
        <p className="note" data-testid="report-overdue-more">
          {t("overdueMore", { count: n(report.counts.overdue - report.overdue.length) })}
        </p>
      )}

      <h2>{t("sections.plans")}</h2>
      <p>{text.plans}</p>

      <h2>{t("sections.reporting")}</h2>
      <p data-testid="report-reporting">{text.reporting}</p>
      {figures.total.required > 0 && (
        <DataTable
          testId="report-timeliness"
          className="report-table"
          caption={t("sections.reporting")}
          locale={locale}
          rows={[...figures.byKind.map((row) => ({ label: tk(row.kind), row })), { label: t("total"), row: figures.total }]}
          rowKey={(line) => line.label}
          empty={null}
          columns={[
            { key: "kind", header: t("columns.kind"), kind: "head", value: (line) => line.label },
            ...([["required", "required"], ["onTime", "onTime"], ["late", "late"], ["notSent", "missing"], ["accepted", "accepted"], ["awaitingReview", "awaitingReview"], ["returned", "returned"]] as const).map(([header, key]) => ({
              key: header,
              header: t(`columns.${header}`),
              kind: "number" as const,
              value: (line: { row: typeof figures.total }) => line.row[key],
            })),
          ]}
        />
      )}
      {report.reporting.silent.length > 0 && (
        <DataTable
          testId="report-silent"
          className="report-table"
          caption={t("columns.silentAgency")}
          locale={locale}
          rows={report.reporting.silent}
          rowKey={(silent) => silent.agencyCode}
          empty={null}
          columns={[
            { key: "no", header: t("columns.no"), kind: "number", value: (_silent, index) => index + 1 },
            { key: "agency", header: t("columns.silentAgency"), value: (silent) => (locale === "vi" ? silent.agencyName : silent.agencyNameEn) },
            { key: "daysPastDue", header: t("columns.daysPastDue"), kind: "number", value: (silent) => silent.daysPastDue },
          ]}
        />
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
