import {
  AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun,
  WidthType, convertMillimetersToTwip,
} from "docx";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { formatNumber, formatPercent, formatSignedNumber } from "@/lib/domain/rate";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";
import type { ReportParagraphs, Translate } from "@/lib/report/report-text";
import { agencyNamer, ratio } from "./report-labels";

// A4 portrait with the margins of Decree 30/2020/ND-CP on administrative documents (left 30 mm for
// binding, 20 mm elsewhere), and its Times New Roman 13 pt body.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(20) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = "Times New Roman";
const BODY = 26; // half-points: 13 pt
const TABLE_TEXT = 24; // 12 pt, so that the wider tables fit the page

type Column = { header: string; weight: number; numeric?: boolean };

function cell(text: string, width: number, options: { bold?: boolean; numeric?: boolean; header?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    shading: options.header ? { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } : undefined,
    children: [new Paragraph({
      alignment: options.header ? AlignmentType.CENTER : options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun({ text, bold: options.bold, size: TABLE_TEXT })],
    })],
  });
}

/** A table whose header repeats on every page and whose rows never break across two pages. */
function table(columns: Column[], rows: string[][], totalRow?: string[]): Table {
  const weights = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / weights));
  const row = (values: string[], bold: boolean) =>
    new TableRow({ cantSplit: true, children: values.map((v, i) => cell(v, widths[i], { bold, numeric: columns[i].numeric })) });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i], { bold: true, header: true })) }),
      ...rows.map((values) => row(values, false)),
      ...(totalRow ? [row(totalRow, true)] : []),
    ],
  });
}

function body(text: string, options: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: convertMillimetersToTwip(10) },
    children: [new TextRun({ text, italics: options.italics })],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(text)] });
}

function centred(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...options })] });
}

// Blank space after a table, which would otherwise touch the next heading.
const gap = () => new Paragraph({ children: [] });

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

  out.push(centred(t("reportDoc.title", { programme: report.programme.code }), { bold: true, size: 28 }));
  out.push(centred(t("reportDoc.period", { quarter: quarterLabel(period, locale) }), { bold: true }));
  if (report.provisional) out.push(centred(t("reportDoc.provisional"), { italics: true }));
  out.push(centred(t("reportDoc.generated", { date: formatDate(report.generatedOn, locale), asOf: formatDate(report.asOf, locale) }), { italics: true }));
  if (period.requestNumber) {
    out.push(centred(t("reportDoc.requestLine", { number: period.requestNumber, due: formatDate(period.reportDueOn, locale) }), { italics: true }));
  }

  out.push(heading(t("reportDoc.sections.summary")), body(text.summary));
  if (text.denominator) out.push(body(text.denominator));

  out.push(heading(t("reportDoc.sections.agencies")), body(text.noneCompleted));
  const agencyColumns = [col("no", 5, true), col("agency", 24), col("assigned", 10, true), col("completed", 11, true), col("inProgress", 11, true), col("overdue", 9, true), col("rate", 11, true)];
  if (previous) agencyColumns.push(col("change", 9, true));
  const withChange = (values: string[], now: number, before: number | null) => (previous ? [...values, change(now, before)] : values);
  out.push(table(
    agencyColumns,
    report.agencies.map((a, i) => withChange(
      [n(i + 1), name(a.code, a.shortName), n(a.assigned), n(a.completed), n(a.inProgress), n(a.overdue), percent(a.completed, a.assigned)],
      a.completed, a.previousCompleted,
    )),
    withChange(
      ["", t("reportDoc.total"), n(counts.assigned), n(counts.completed), n(counts.inProgress), n(counts.overdue), percent(counts.completed, counts.assigned)],
      counts.completed, previous?.counts.completed ?? null,
    ),
  ), gap());

  out.push(heading(t("reportDoc.sections.overdue")), body(text.overdue));
  if (report.overdue.length) {
    out.push(table(
      [col("no", 5, true), col("code", 10), col("task", 42), col("agency", 17), col("deadline", 12, true), col("daysOverdue", 11, true)],
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
      [col("no", 6, true), col("agency", 70), col("daysPastDue", 24, true)],
      silent.map((s, i) => [n(i + 1), locale === "vi" ? s.agencyName : s.agencyNameEn, n(s.daysPastDue)]),
    ));
  }
  return out;
}

/** The quarterly report as a Word document in the layout of a VPCP report, every figure from `report`. */
export async function quarterlyReportToDocx(report: QuarterlyReport, text: ReportParagraphs, t: Translate, locale: Locale): Promise<Buffer> {
  const bold = { font: FONT, size: BODY, bold: true, color: "000000" };
  const document = new Document({
    creator: "tracker-36a",
    title: t("reportDoc.title", { programme: report.programme.code }),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: bold, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    sections: [{
      properties: { page: { size: { ...PAGE, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
      children: sections(report, text, t, locale),
    }],
  });
  return Packer.toBuffer(document);
}
