import { beforeAll, describe, expect, it } from "vitest";
import { demoQ1Report, translator as messages } from "@/test/demo-report";
import type { QuarterlyReport } from "./quarterly-report";
import { reportParagraphs } from "./report-text";

let report: QuarterlyReport;

beforeAll(async () => {
  report = await demoQ1Report();
});

const translator = (locale: "vi" | "en") => messages(locale, "reportText");

describe("the quarterly report's words, Q1/2017 against Q4/2016", () => {
  it("writes the summary as the VPCP report does: 34 of 73, more than 46%, against 31", () => {
    const { summary, denominator } = reportParagraphs(report, translator("vi"), "vi");
    expect(summary).toBe(
      "Theo thống kê của Văn phòng Chính phủ, đến hết Quý I/2017 (31/03/2017), trong 73 nhiệm vụ cụ thể các bộ, ngành được giao tại " +
        "Nghị quyết 36a/NQ-CP, có 34 nhiệm vụ cơ bản hoàn thành, đạt tỷ lệ hơn 46% (so với 31 nhiệm vụ hoàn thành, đạt tỷ lệ hơn 41% " +
        "tại thời điểm cuối Quý IV/2016).",
    );
    expect(denominator).toBe("Tổng số nhiệm vụ giảm từ 75 xuống 73 do 2 nhiệm vụ được rút khỏi danh mục theo dõi (36A-74, 36A-75).");
  });

  it("names the agencies that completed none, the action plans missing and the reports not sent", () => {
    const text = reportParagraphs(report, translator("vi"), "vi");
    expect(text.noneCompleted).toBe("Có 3/23 cơ quan chưa hoàn thành bất cứ nhiệm vụ nào được giao, gồm: Bộ TN&MT, Bộ Nội vụ và Thanh tra Chính phủ.");
    expect(text.plans).toBe(
      "Về nhiệm vụ chung, đã có 29/30 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và 61/63 tỉnh, thành phố trực thuộc Trung ương ban hành kế hoạch hành động. " +
        "Các cơ quan chưa ban hành kế hoạch hành động là Học viện Chính trị quốc gia Hồ Chí Minh và 2 tỉnh, thành phố: Đắk Lắk, Phú Yên.",
    );
    expect(text.reporting).toBe(
      "Về việc gửi báo cáo quý (tính đến ngày 10/04/2017), 24/32 cơ quan gửi đúng hạn (75,0%), 6 cơ quan gửi muộn, 2 cơ quan chưa gửi báo cáo " +
        "(Ban Quản lý Lăng Chủ tịch Hồ Chí Minh và Học viện Chính trị quốc gia Hồ Chí Minh); " +
        "27 báo cáo đã được Văn phòng Chính phủ chấp nhận, 2 báo cáo chưa được xem xét, 1 báo cáo được trả lại để hoàn thiện.",
    );
    expect(text.overdue).toBe(`Có ${report.overdue.length} nhiệm vụ có thời hạn cụ thể đã qua nhưng chưa hoàn thành.`);
    expect(report.overdue.length).toBeGreaterThan(0);
  });

  it("says the same of a page's report, which holds only the first rows of each list", async () => {
    const page = await demoQ1Report("2026-11-25", 1);
    expect(page.overdue).toHaveLength(1);
    expect(page.counts.overdue).toBe(report.overdue.length);
    expect(page.comparison?.withdrawn).toHaveLength(1);
    const full = reportParagraphs(report, translator("vi"), "vi");
    const paged = reportParagraphs(page, translator("vi"), "vi");
    expect(paged.overdue).toBe(full.overdue);
    expect(paged.denominator).toBe("Tổng số nhiệm vụ giảm từ 75 xuống 73 do 2 nhiệm vụ được rút khỏi danh mục theo dõi (36A-74, …).");
    report = await demoQ1Report();
  });

  it("says the same in English", () => {
    const text = reportParagraphs(report, translator("en"), "en");
    expect(text.summary).toContain("of the 73 specific tasks");
    expect(text.summary).toContain("34 were basically completed, a rate of more than 46% (compared with 31 completed, a rate of more than 41%, at the end of Q4/2016)");
    expect(text.noneCompleted).toBe("3/23 agencies have completed none of their tasks: Ministry of Natural Resources and Environment, Ministry of Home Affairs and Government Inspectorate.");
    expect(text.reporting).toContain("24/32 agencies reported on time (75.0%), 6 late, 2 have not reported");
  });
});
