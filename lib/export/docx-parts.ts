import {
  AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, convertMillimetersToTwip,
} from "docx";

// A4 portrait with the margins of Decree 30/2020/ND-CP on administrative documents (left 30 mm for
// binding, 20 mm elsewhere), and its Times New Roman 13 pt body.
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(20) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const FONT = "Times New Roman";
export const BODY = 26; // half-points: 13 pt
const TABLE_TEXT = 24; // 12 pt, so that the wider tables fit the page

export type Column = { header: string; weight: number; numeric?: boolean };

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
export function table(columns: Column[], rows: string[][], totalRow?: string[]): Table {
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

export function body(text: string, options: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: convertMillimetersToTwip(10) },
    children: [new TextRun({ text, italics: options.italics })],
  });
}

/** A section's heading: "I., II." in capitals, bold (Decree 30/2020, Phụ lục I §V). */
export function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(text.toLocaleUpperCase("vi"))] });
}

/**
 * The short solid line a heading puts under the issuing body and under the trích yếu: centred, about
 * a third of the column it sits in (`widthMm` of `columnMm`).
 */
export function rule(widthMm: number, columnMm: number): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

export function centred(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...options })] });
}

// Blank space after a table, which would otherwise touch the next heading.
export const gap = () => new Paragraph({ children: [] });


const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * Borderless columns side by side, a row for each pair: how an administrative document lays out its
 * heading and signature. `leftShare`: the left column's part of the width.
 */
function halves(rows: [Paragraph[], Paragraph[]][], leftShare = 0.5): Table {
  const half = Math.floor(TEXT_WIDTH * leftShare);
  const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_BORDERS,
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(left, half), cell(right, TEXT_WIDTH - half)] })),
  });
}

const TEXT_MM = 160;

/**
 * The heading every administrative document carries (Decree 30/2020): the issuing body and the
 * document's number on the left, the national name and motto and the place and date on the right.
 */
function countryLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 24 })] });
}

export function masthead(left: { organisation: string; number: string }, right: { country: string; motto: string; placeDate: string }): Table {
  const line = (text: string, options: { bold?: boolean; italics?: boolean; underline?: boolean } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: options.bold, italics: options.italics, underline: options.underline ? {} : undefined })] });
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 12 pt capitals needs about 82 mm on one line: the right
  // column takes 60% of the 160 mm text width (96 mm), the issuing body the rest.
  // Two rows: the bodies' names (with a short line under the issuing body's), then "Số" on the same
  // line as the place and date (Phụ lục I §II.3–4).
  return halves(
    [
      [[line(left.organisation, { bold: true }), rule(20, TEXT_MM * 0.4)], [countryLine(right.country), line(right.motto, { bold: true, underline: true })]],
      [[line(left.number)], [line(right.placeDate, { italics: true })]],
    ],
    0.4,
  );
}

/** Where a document is sent, and the space for its signer: left for the analyst to fill in. */
export function signatureBlock(recipients: string, lines: string, signature: string): Table {
  // "Nơi nhận:" 12 pt bold italic, its list 11 pt (Phụ lục I §II.9d).
  const small = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ size: 22, ...options, text })] });
  return halves([
    [
      [small(recipients, { bold: true, italics: true, size: 24 }), ...lines.split("\n").map((l) => small(l))],
      [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: signature, italics: true })] })],
    ],
  ]);
}
