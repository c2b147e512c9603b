import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { QuarterlyReport } from "@/lib/report/quarterly-report";
import { reportParagraphs } from "@/lib/report/report-text";
import { demoQ1Report, translator } from "@/test/demo-report";
import { quarterlyReportToDocx } from "./report-docx";

let report: QuarterlyReport;

beforeAll(async () => {
  report = await demoQ1Report("2026-11-25");
});

const root = (locale: "vi" | "en") => translator(locale);
const words = (locale: "vi" | "en") => translator(locale, "reportText");

async function documentParts(locale: "vi" | "en"): Promise<Record<string, string>> {
  const buffer = await quarterlyReportToDocx(report, reportParagraphs(report, words(locale), locale), root(locale), locale);
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(buffer))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

async function documentXml(locale: "vi" | "en"): Promise<string> {
  return (await documentParts(locale))["word/document.xml"];
}

const decode = (xml: string) =>
  xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The document's text, one line per paragraph, as a reader of it sees it. */
function text(xml: string): string {
  return decode(xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, ""));
}

/** The table rows, each as the texts of its cells. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map(([cell]) => decode(cell.replace(/<[^>]+>/g, ""))),
  );
}

describe("the quarterly report document, Q1/2017 against Q4/2016", () => {
  it("is an A4 portrait page in Times New Roman 13 pt", async () => {
    const xml = await documentXml("vi");
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="portrait"/);
  });

  it("says what the report's paragraphs say, in order, section by section", async () => {
    const xml = await documentXml("vi");
    const body = text(xml);
    const paragraphs = reportParagraphs(report, words("vi"), "vi");
    expect(paragraphs.summary).toContain("73 nhiệm vụ");
    expect(paragraphs.summary).toContain("có 34 nhiệm vụ cơ bản hoàn thành, đạt tỷ lệ hơn 46% (so với 31 nhiệm vụ");
    const lines = body.split("\n");
    expect(lines).toContain(paragraphs.summary);
    expect(lines).toContain(paragraphs.denominator);
    expect(lines).toContain(paragraphs.noneCompleted);
    expect(lines).toContain(paragraphs.plans);
    expect(body).toContain("Bộ TN&MT");
    expect(body).toContain("Học viện Chính trị quốc gia Hồ Chí Minh");
    // The administrative heading first, row by row: the issuing body (and its short line) beside the
    // national name and motto, then the number beside the place and date; then the title.
    expect(lines.slice(0, 6)).toEqual(["VĂN PHÒNG CHÍNH PHỦ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:        /BC-VPCP", "Hà Nội, ngày      tháng      năm 2026"]);
    const title = lines.indexOf("BÁO CÁO");
    expect(lines.slice(title, title + 3)).toEqual([
      "BÁO CÁO",
      "Tình hình thực hiện Nghị quyết 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử",
      "Quý I/2017",
    ]);
    expect(body).toContain("Nơi nhận:");
    const order = ["I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ", "III. NHIỆM VỤ ĐÃ QUÁ", "IV. BAN HÀNH", "V. TÌNH HÌNH GỬI"].map((h) => body.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  });

  it("tabulates every agency, with Bộ Tài chính at 2 of 5 and a total of 34 of 73", async () => {
    const rows = tableRows(await documentXml("vi"));
    const btc = rows.find((cells) => cells[1] === "Bộ Tài chính");
    const previous = report.agencies.find((a) => a.code === "BTC")!.previousCompleted!;
    const change = 2 - previous === 0 ? "0" : `${2 - previous > 0 ? "+" : "-"}${Math.abs(2 - previous)}`;
    expect(btc?.slice(2)).toEqual(["5", "2", "3", "0", expect.any(String), "40,0%", change]);
    const { inProgress, notStarted, overdue } = report.counts;
    expect(rows).toContainEqual(["", "Tổng cộng", "73", "34", String(inProgress), String(notStarted), String(overdue), "46,6%", "+3"]);
    // The columns add up: completed, in progress and not started make the assigned.
    expect(34 + inProgress + notStarted).toBe(73);
    const header = rows.find((cells) => cells[0] === "STT" && cells[1] === "Cơ quan");
    expect(header).toEqual(["STT", "Cơ quan", "Được giao", "Hoàn thành", "Đang triển khai", "Chưa triển khai", "Quá hạn", "Tỷ lệ hoàn thành", "Tăng/giảm"]);
  });

  it("lists the overdue tasks, the action plans and the reports not sent", async () => {
    const xml = await documentXml("vi");
    const rows = tableRows(xml);
    const first = report.overdue[0];
    expect(rows).toContainEqual(["1", first.code, first.title, first.agencyShortName, first.deadline.split("-").reverse().join("/"), String(first.daysOverdue)]);
    expect(rows).toContainEqual(["Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "29", "30", "Học viện Chính trị quốc gia Hồ Chí Minh"]);
    expect(rows).toContainEqual(["Tỉnh, thành phố trực thuộc Trung ương", "61", "63", "Đắk Lắk, Phú Yên"]);
    expect(rows.find((cells) => cells[0] === "Tổng cộng" && cells.length === 7)).toEqual(["Tổng cộng", "32", "24", "6", "2", "27", "2"]);
    const silent = rows.find((cells) => cells[1] === "Học viện Chính trị quốc gia Hồ Chí Minh" && cells.length === 3);
    expect(silent?.[2]).toMatch(/^\d+$/);
    // Header rows repeat on every page, and no row breaks across two (the heading's two rows and the
    // signature's one are borderless layout, not data).
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe((xml.match(/<w:tbl>/g)?.length ?? 0) - 2);
    expect(xml.match(/<w:cantSplit\/>/g)?.length).toBe(rows.length - 3);
  });

  it("follows Decree 30/2020 where Word lays it out: the national name on one line, numbers from page 2, an addressee for \"Như trên\"", async () => {
    const parts = await documentParts("vi");
    const xml = parts["word/document.xml"];
    // The heading table's right column: 60% of the 160 mm text width, about 96 mm (1 mm = 56.7 twips).
    const heading = xml.match(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/)![1];
    const [left, right] = [...heading.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(right / 56.7).toBeGreaterThan(92);
    expect(left + right).toBeGreaterThan(9000);
    // Page 1 has its own, empty header; the others carry the number alone.
    expect(xml).toContain("<w:titlePg/>");
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, part]) => part);
    expect(headers.some((part) => /PAGE/.test(part))).toBe(true);
    expect(headers.join("")).not.toContain("Trang");
    expect(text(xml)).toContain("Kính gửi: Thủ tướng Chính phủ.");
    // "Số" on the line of the place and date; short lines under the issuing body and the trích yếu.
    expect(tableRows(xml).find((cells) => cells[0].startsWith("Số:"))?.[1]).toMatch(/^Hà Nội, ngày .* năm 2026$/);
    expect(xml.match(/<w:pBdr>/g)?.length).toBeGreaterThanOrEqual(2);
    // Section headings in capitals; the drafting unit kept with the archive copy.
    expect(text(xml)).toContain("I. TÌNH HÌNH CHUNG");
    expect(text(xml)).toContain("- Lưu: VT, KGVX.");
    // "STT" and a day ("30/06/2016") fit their columns at 12 pt: at least 12 and 22 mm.
    const overdue = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1]) / 56.7)).find((widths) => widths.length === 6)!;
    expect(overdue[0]).toBeGreaterThan(12);
    expect(overdue[4]).toBeGreaterThan(22);
  });

  it("writes the English document in English", async () => {
    const body = text(await documentXml("en"));
    expect(body).toContain("more than 46%");
    expect(body).toContain("Implementation of the Government Resolution 36a/NQ-CP of 14 October 2015 on e-Government");
    expect(body).toContain("Ministry of Natural Resources and Environment");
    expect(body).toContain("Ho Chi Minh National Academy of Politics");
  });
});
