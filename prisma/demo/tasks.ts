// The specific tasks of Resolution 36a/NQ-CP as the demo reconstructs them. The counts per agency and
// per quarter reproduce the public record (DOMAIN.md, seed 000); the titles, deadlines and dates are
// representative, since the reports do not list the 73 tasks (README, "Demo data").
//
// outcome: "C 2016Q2" completed in that quarter, "P 2016Q1" in progress since that quarter,
// "N" never started, "W 2017Q1 ..." withdrawn in that quarter (see WITHDRAWN_TASKS).

export type TaskSeed = {
  code: string;
  lead: string;
  title: string;
  /** "YYYY-MM-DD", or a text for tasks without a date ("Hằng năm"). */
  due: string;
  outcome: string;
  cooperators?: string[];
};

const t = (code: string, lead: string, title: string, due: string, outcome: string, cooperators?: string[]): TaskSeed => ({
  code, lead, title, due, outcome, cooperators,
});

export const TASKS: TaskSeed[] = [
  t("36A-01", "VPCP", "Kết nối, liên thông phần mềm quản lý văn bản của các bộ, ngành, địa phương với Văn phòng Chính phủ", "2015-12-31", "C 2016Q1", ["BTTTT"]),
  t("36A-02", "VPCP", "Xây dựng Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ", "2017-12-31", "P 2016Q2", ["BTTTT"]),
  t("36A-03", "VPCP", "Xây dựng Cổng dịch vụ công quốc gia kết nối với cổng dịch vụ công của bộ, ngành, địa phương", "2017-12-31", "P 2016Q3", ["BTTTT"]),
  t("36A-04", "VPCP", "Hướng dẫn cập nhật tình hình thực hiện Nghị quyết 36a trên Trang tin Chính phủ điện tử", "2016-09-30", "C 2016Q3"),
  t("36A-05", "VPCP", "Tổng hợp, báo cáo Chính phủ tình hình thực hiện Nghị quyết hằng quý", "Hằng quý", "P 2015Q4"),
  t("36A-06", "VPCP", "Đề xuất quy định gửi, nhận văn bản điện tử giữa các cơ quan hành chính nhà nước", "2016-12-31", "C 2017Q1", ["BTTTT", "BNV"]),
  t("36A-07", "BTTTT", "Ban hành hướng dẫn xây dựng Kiến trúc Chính quyền điện tử cấp bộ, cấp tỉnh", "2015-12-31", "C 2015Q4"),
  t("36A-08", "BTTTT", "Ban hành quy định về bảo đảm an toàn thông tin cho các hệ thống thông tin của cơ quan nhà nước", "2016-06-30", "C 2016Q2", ["BCA", "BQP"]),
  t("36A-09", "BTTTT", "Hướng dẫn tiêu chí đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin", "2016-12-31", "C 2016Q4"),
  t("36A-10", "BTTTT", "Xây dựng hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ công trực tuyến", "2016-12-31", "P 2016Q1"),
  t("36A-11", "BTTTT", "Xây dựng nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "2017-12-31", "P 2016Q2", ["VPCP", "BKHDT"]),
  t("36A-12", "BTTTT", "Đánh giá, công bố mức độ phát triển Chính phủ điện tử của bộ, ngành, địa phương", "Hằng năm", "P 2016Q1"),
  t("36A-13", "BTC", "Đề xuất cơ chế tài chính phù hợp cho đầu tư, ứng dụng công nghệ thông tin", "2016-06-30", "P 2016Q2", ["BKHDT", "BTTTT"]),
  t("36A-14", "BTC", "Triển khai khai thuế, nộp thuế điện tử cho doanh nghiệp", "2016-06-30", "C 2016Q2"),
  t("36A-15", "BTC", "Kết nối thông tin thu nộp thuế giữa cơ quan thuế, hải quan, kho bạc và ngân hàng thương mại", "2016-12-31", "C 2016Q3", ["NHNN"]),
  t("36A-16", "BTC", "Hướng dẫn thuê dịch vụ công nghệ thông tin bằng nguồn vốn ngân sách nhà nước", "2016-12-31", "P 2016Q3", ["BTTTT"]),
  t("36A-17", "BTC", "Mở rộng Cơ chế một cửa quốc gia cho thủ tục xuất nhập khẩu", "2017-12-31", "P 2016Q1", ["BCT", "BGTVT", "BYT"]),
  t("36A-18", "BKHDT", "Cung cấp dịch vụ đăng ký doanh nghiệp qua mạng điện tử", "2015-12-31", "C 2015Q4"),
  t("36A-19", "BKHDT", "Xây dựng Hệ thống thông tin quốc gia về đầu tư công", "2016-06-30", "C 2016Q2", ["BTC"]),
  t("36A-20", "BKHDT", "Xây dựng Hệ thống mạng đấu thầu quốc gia", "2016-12-31", "C 2016Q3"),
  t("36A-21", "BKHDT", "Xây dựng cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, kết nối với cơ quan thuế", "2016-12-31", "C 2017Q1", ["BTC"]),
  t("36A-22", "BLDTBXH", "Cấp giấy phép lao động cho người nước ngoài qua mạng điện tử", "2016-12-31", "C 2016Q4"),
  t("36A-23", "BTNMT", "Xây dựng hệ thống thông tin đất đai", "2016-12-31", "P 2016Q1", ["BXD"]),
  t("36A-24", "BTNMT", "Xây dựng cơ sở dữ liệu đất đai quốc gia", "2017-12-31", "P 2016Q3"),
  t("36A-25", "BTNMT", "Cấp giấy phép tài nguyên nước qua mạng điện tử", "2016-12-31", "N"),
  t("36A-26", "BTNMT", "Xây dựng cơ sở dữ liệu tài nguyên và môi trường dùng chung", "2017-12-31", "N"),
  t("36A-27", "BNV", "Xây dựng cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức", "2016-12-31", "P 2016Q2"),
  t("36A-28", "BNV", "Hướng dẫn lưu trữ hồ sơ, tài liệu điện tử của cơ quan nhà nước", "2016-06-30", "N", ["VPCP"]),
  t("36A-29", "BNV", "Đưa tiêu chí ứng dụng công nghệ thông tin vào chỉ số cải cách hành chính", "2016-12-31", "N"),
  t("36A-30", "TTCP", "Xây dựng hệ thống tiếp nhận, xử lý khiếu nại, tố cáo trực tuyến", "2016-12-31", "P 2016Q3"),
  t("36A-31", "TTCP", "Xây dựng cơ sở dữ liệu quốc gia về khiếu nại, tố cáo", "2017-06-30", "N"),
  t("36A-32", "BCA", "Xây dựng cơ sở dữ liệu quốc gia về dân cư", "2017-12-31", "P 2016Q1", ["BTP"]),
  t("36A-33", "BCA", "Cấp hộ chiếu phổ thông qua mạng điện tử", "2016-06-30", "C 2016Q1"),
  t("36A-34", "BCA", "Đăng ký, quản lý cư trú qua mạng điện tử", "2016-12-31", "C 2016Q3"),
  t("36A-35", "BCA", "Xây dựng hệ thống định danh điện tử cho công dân", "2017-12-31", "N"),
  t("36A-36", "BQP", "Bảo đảm an ninh mạng cho hệ thống thông tin của Chính phủ điện tử", "Hằng năm", "P 2016Q1", ["BCA", "BTTTT"]),
  t("36A-37", "BQP", "Triển khai chữ ký số chuyên dùng cho văn bản điện tử của cơ quan nhà nước", "2016-12-31", "C 2016Q4", ["VPCP"]),
  t("36A-38", "BNG", "Cấp thị thực cho người nước ngoài qua mạng điện tử", "2016-06-30", "C 2016Q2", ["BCA"]),
  t("36A-39", "BNG", "Hợp pháp hóa, chứng nhận lãnh sự qua mạng điện tử", "2016-12-31", "N"),
  t("36A-40", "BTP", "Cấp phiếu lý lịch tư pháp qua mạng điện tử", "2015-12-31", "C 2015Q4"),
  t("36A-41", "BTP", "Xây dựng cơ sở dữ liệu hộ tịch điện tử toàn quốc", "2016-12-31", "C 2016Q3"),
  t("36A-42", "BTP", "Hoàn thiện cơ sở pháp lý về giao dịch điện tử trong hoạt động của cơ quan nhà nước", "2016-12-31", "P 2016Q2", ["BTTTT", "VPCP"]),
  t("36A-43", "BTP", "Xây dựng cơ sở dữ liệu quốc gia về pháp luật", "2017-12-31", "P 2016Q3"),
  t("36A-44", "BCT", "Cấp giấy chứng nhận xuất xứ hàng hóa qua mạng điện tử", "2016-03-31", "C 2016Q1"),
  t("36A-45", "BCT", "Phát triển thương mại điện tử trong mua sắm công", "2016-12-31", "C 2016Q4", ["BTC"]),
  t("36A-46", "BCT", "Cấp giấy phép kinh doanh hóa chất qua mạng điện tử", "2016-12-31", "P 2016Q3"),
  t("36A-47", "BCT", "Xây dựng cơ sở dữ liệu về thị trường và giá cả hàng hóa", "2017-12-31", "N"),
  t("36A-48", "BNNPTNT", "Cấp giấy chứng nhận kiểm dịch động vật, thực vật qua mạng điện tử", "2016-12-31", "C 2016Q3"),
  t("36A-49", "BNNPTNT", "Xây dựng cơ sở dữ liệu về nông nghiệp, nông thôn", "2017-12-31", "P 2016Q2"),
  t("36A-50", "BNNPTNT", "Truy xuất nguồn gốc nông sản bằng phương tiện điện tử", "2016-12-31", "N"),
  t("36A-51", "BGTVT", "Cấp, đổi giấy phép lái xe qua mạng điện tử", "2016-06-30", "C 2016Q2"),
  t("36A-52", "BGTVT", "Đăng kiểm phương tiện giao thông qua mạng điện tử", "2016-12-31", "C 2016Q4"),
  t("36A-53", "BGTVT", "Xây dựng cơ sở dữ liệu quốc gia về phương tiện và người lái", "2017-12-31", "P 2016Q1", ["BCA"]),
  t("36A-54", "BXD", "Cấp giấy phép xây dựng qua mạng điện tử", "2016-12-31", "P 2016Q2"),
  t("36A-55", "BXD", "Xây dựng hệ thống thông tin về nhà ở và thị trường bất động sản", "2016-12-31", "C 2016Q3"),
  t("36A-56", "BXD", "Xây dựng cơ sở dữ liệu quy hoạch xây dựng", "2017-12-31", "P 2016Q3"),
  t("36A-57", "BVHTTDL", "Cấp phép phổ biến phim, biểu diễn nghệ thuật qua mạng điện tử", "2016-12-31", "C 2016Q4"),
  t("36A-58", "BVHTTDL", "Số hóa di sản văn hóa và thư viện", "2017-12-31", "N"),
  t("36A-59", "BKHCN", "Cấp giấy chứng nhận đăng ký quyền sở hữu công nghiệp qua mạng điện tử", "2016-06-30", "C 2016Q1"),
  t("36A-60", "BKHCN", "Xây dựng cơ sở dữ liệu quốc gia về khoa học và công nghệ", "2017-12-31", "P 2016Q2"),
  t("36A-61", "BGDDT", "Tuyển sinh, đăng ký thi trung học phổ thông quốc gia qua mạng", "2016-06-30", "C 2016Q2"),
  t("36A-62", "BGDDT", "Xây dựng cơ sở dữ liệu ngành giáo dục", "2016-12-31", "C 2016Q3"),
  t("36A-63", "BGDDT", "Triển khai sổ điểm, học bạ điện tử", "2017-12-31", "P 2016Q3"),
  t("36A-64", "BYT", "Cấp phép lưu hành trang thiết bị y tế qua mạng điện tử", "2015-12-31", "C 2015Q4"),
  t("36A-65", "BYT", "Xây dựng hồ sơ sức khỏe điện tử", "2017-12-31", "P 2016Q2", ["BHXH"]),
  t("36A-66", "BYT", "Kết nối phần mềm quản lý khám chữa bệnh với cơ quan bảo hiểm xã hội", "2016-12-31", "C 2016Q4", ["BHXH"]),
  t("36A-67", "NHNN", "Thanh toán điện tử liên ngân hàng cho dịch vụ công", "2016-03-31", "C 2016Q1"),
  t("36A-68", "NHNN", "Phát triển thanh toán không dùng tiền mặt cho dịch vụ công trực tuyến", "2016-12-31", "P 2016Q2", ["BTC"]),
  t("36A-69", "NHNN", "Xây dựng cơ sở dữ liệu thông tin tín dụng quốc gia", "2017-12-31", "P 2016Q3"),
  t("36A-70", "BHXH", "Giao dịch điện tử trong thu, nộp bảo hiểm xã hội", "2016-06-30", "C 2016Q2"),
  t("36A-71", "BHXH", "Xây dựng cơ sở dữ liệu quốc gia về bảo hiểm", "2016-12-31", "P 2016Q1", ["BYT", "BLDTBXH"]),
  t("36A-72", "BHXH", "Cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế qua mạng điện tử", "2017-12-31", "N"),
  t("36A-73", "UBDT", "Xây dựng cơ sở dữ liệu về công tác dân tộc", "2016-12-31", "C 2017Q1"),
  t("36A-74", "BXD", "Xây dựng hệ thống thông tin xây dựng dùng chung với hệ thống thông tin đất đai", "2016-12-31", "W 2017Q1"),
  t("36A-75", "BCT", "Thí điểm cấp chứng nhận xuất xứ mẫu D điện tử", "2016-06-30", "W 2017Q1"),
];

/** The two tasks withdrawn in Q1/2017 that take the denominator from 75 to 73. */
export const WITHDRAWN_TASKS: Record<string, { on: string; reason: "CANCELLED" | "MERGED" | "RESCOPED"; note: string; mergedInto?: string; startedIn: string }> = {
  "36A-74": {
    on: "2017-02-20",
    reason: "MERGED",
    mergedInto: "36A-23",
    note: "Gộp vào nhiệm vụ xây dựng hệ thống thông tin đất đai (36A-23) do Bộ TN&MT chủ trì",
    startedIn: "2016Q2",
  },
  "36A-75": {
    on: "2017-03-06",
    reason: "CANCELLED",
    note: "Không tiếp tục thực hiện riêng: đã thực hiện trong Cơ chế một cửa quốc gia (36A-17)",
    startedIn: "2016Q3",
  },
};

/** Evidence that the public record itself gives (seed 004); all other evidence numbers are representative. */
export const RECORDED_EVIDENCE: Record<string, { number: string; date: string }> = {
  "36A-04": { number: "6118/VPCP-KGVX", date: "2016-07-22" },
};
