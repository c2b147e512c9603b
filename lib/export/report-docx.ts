import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type Table } from "docx";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { formatNumber, formatPercent, formatSignedNumber } from "@/lib/domain/rate";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";
import type { ReportParagraphs, Translate } from "@/lib/report/report-text";
import { BODY, FONT, MARGIN, PAGE, body, centred, gap, heading, masthead, rule, signatureBlock, table, type Column } from "./docx-parts";
import { agencyNamer, ratio } from "./report-labels";

function sections(report: QuarterlyReport, text: ReportParagraphs, t: Translate, locale: Locale): (Paragraph | Table)[] {
  const n = (value: number) => formatNumber(value, locale);
  const percent = (completed: number, assigned: number) => {
    const r = ratio(completed, assigned);
    return r === null ? "—" : formatPercent(r, locale);
  };
  const change = (now: number, before: number | null) => (before === null ? "—" : formatSignedNumber(now - before, locale));
  const col = (key: string, weight: number, numeric = false): Column => ({ header: t(`reportDoc.columns.${key}`), weight, numeric });
  const name = agencyNamer(report, locale);
  const { counts, previous, period } = report;
  const out: (Paragraph | Table)[] = [];

  out.push(
    masthead(
      { organisation: t("reportPage.organisation"), number: t("reportDoc.number") },
      { country: t("reportPage.country"), motto: t("reportPage.motto"), placeDate: t("reportDoc.placeDate", { year: report.generatedOn.slice(0, 4) }) },
    ),
    gap(),
  );
  out.push(centred(t("reportDoc.kind"), { bold: true, size: 28 }));
  out.push(centred(t("reportDoc.subject", { title: locale === "vi" ? report.programme.title : report.programme.titleEn }), { bold: true }));
  out.push(centred(t("reportDoc.period", { quarter: quarterLabel(period, locale) }), { bold: true }));
  // The trích yếu's short line, then the addressee that "Như trên" in the recipients refers to
  // (Decree 30/2020, Phụ lục I §II.5b and §II.9b).
  out.push(rule(50, 160));
  out.push(centred(t("reportDoc.addressee")));
  if (report.provisional) out.push(centred(t("reportDoc.provisional"), { italics: true }));
  // What the report is made from opens the body, not the title block.
  if (period.requestNumber) {
    out.push(body(t("reportDoc.requestLine", { number: period.requestNumber, due: formatDate(period.reportDueOn, locale) })));
  }
  out.push(body(t("reportDoc.generated", { date: formatDate(report.generatedOn, locale), asOf: formatDate(report.asOf, locale) })));

  out.push(heading(t("reportDoc.sections.summary")), body(text.summary));
  if (text.denominator) out.push(body(text.denominator));

  out.push(heading(t("reportDoc.sections.agencies")), body(text.noneCompleted));
  const agencyColumns = [col("no", 8, true), col("agency", 21), col("assigned", 10, true), col("completed", 11, true), col("inProgress", 11, true), col("notStarted", 11, true), col("overdue", 9, true), col("rate", 11, true)];
  if (previous) agencyColumns.push(col("change", 9, true));
  const withChange = (values: string[], now: number, before: number | null) => (previous ? [...values, change(now, before)] : values);
  out.push(table(
    agencyColumns,
    report.agencies.map((a, i) => withChange(
      [n(i + 1), name(a.code, a.shortName), n(a.assigned), n(a.completed), n(a.inProgress), n(a.notStarted), n(a.overdue), percent(a.completed, a.assigned)],
      a.completed, a.previousCompleted,
    )),
    withChange(
      ["", t("reportDoc.total"), n(counts.assigned), n(counts.completed), n(counts.inProgress), n(counts.notStarted), n(counts.overdue), percent(counts.completed, counts.assigned)],
      counts.completed, previous?.counts.completed ?? null,
    ),
  ), gap());

  out.push(heading(t("reportDoc.sections.overdue")), body(text.overdue));
  if (report.overdue.length) {
    out.push(table(
      [col("no", 8, true), col("code", 11), col("task", 36), col("agency", 17), col("deadline", 15, true), col("daysOverdue", 11, true)],
      report.overdue.map((task, i) => [n(i + 1), task.code, task.title, name(task.agencyCode, task.agencyShortName), formatDate(task.deadline, locale), n(task.daysOverdue)]),
    ), gap());
  } else {
    out.push(body(t("reportDoc.none")));
  }

  out.push(heading(t("reportDoc.sections.plans")), body(text.plans));
  // Named as the report's sentence names them: central agencies in full in their order, provinces
  // alphabetically (Vietnamese order, so that "Đ" follows "D").
  const collator = new Intl.Collator(locale);
  const missingNames = (p: (typeof report.plans)[number]) => {
    const names = p.missing.map((m) => (locale === "en" ? m.nameEn : p.group === "PROVINCE" ? m.shortName : m.name));
    return (p.group === "PROVINCE" ? names.sort(collator.compare) : names).join(", ") || "—";
  };
  out.push(table(
    [col("group", 30), col("issued", 11, true), col("total", 10, true), col("missing", 49)],
    report.plans.map((p) => [t(`reportDoc.groups.${p.group}`), n(p.issued), n(p.total), missingNames(p)]),
  ), gap());

  out.push(heading(t("reportDoc.sections.reporting")), body(text.reporting));
  const { figures, silent } = report.reporting;
  const reportingRow = (r: typeof figures.total) => [n(r.required), n(r.onTime), n(r.late), n(r.missing), n(r.accepted), n(r.awaitingReview)];
  out.push(table(
    [col("kind", 28), col("required", 12, true), col("onTime", 11, true), col("late", 10, true), col("notSent", 11, true), col("accepted", 13, true), col("awaitingReview", 15, true)],
    figures.byKind.map((k) => [t(`agencyKind.${k.kind}`), ...reportingRow(k)]),
    [t("reportDoc.total"), ...reportingRow(figures.total)],
  ), gap());
  if (silent.length) {
    out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: t("reportDoc.silentHeading"), bold: true })] }));
    out.push(table(
      [col("no", 8, true), col("agency", 68), col("daysPastDue", 24, true)],
      silent.map((s, i) => [n(i + 1), locale === "vi" ? s.agencyName : s.agencyNameEn, n(s.daysPastDue)]),
    ));
  }
  out.push(gap(), signatureBlock(t("reportDoc.recipients"), t("reportDoc.recipientLines"), t("reportDoc.signature")));
  return out;
}

/** The quarterly report as a Word document in the layout of a VPCP report, every figure from `report`. */
export async function quarterlyReportToDocx(report: QuarterlyReport, text: ReportParagraphs, t: Translate, locale: Locale): Promise<Buffer> {
  const bold = { font: FONT, size: BODY, bold: true, color: "000000" };
  const document = new Document({
    creator: "tracker-36a",
    title: t("reportDoc.subject", { title: locale === "vi" ? report.programme.title : report.programme.titleEn }),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: bold, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    sections: [{
      // Numbered from page 2, the number alone centred in the top margin (Decree 30/2020, Phụ lục I §I.7);
      // the first page's header is empty.
      properties: { page: { size: { ...PAGE, orientation: PageOrientation.PORTRAIT }, margin: MARGIN }, titlePage: true },
      headers: {
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY })] })],
        }),
      },
      children: sections(report, text, t, locale),
    }],
  });
  return Packer.toBuffer(document);
}
