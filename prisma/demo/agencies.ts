// The 30 central agencies and 63 provinces of 2017 (DOMAIN.md). Codes of the first eleven are fixed by
// DOMAIN.md; the other central codes follow the same style; provinces use ISO 3166-2:VN.

export type { AgencyKindValue } from "../../lib/domain/agency-kind";
import type { AgencyKindValue } from "../../lib/domain/agency-kind";
export type AgencySeed = { code: string; name: string; shortName: string; nameEn: string; kind: AgencyKindValue };

const ministry = (code: string, name: string, shortName: string, nameEn: string): AgencySeed => ({
  code, name, shortName, nameEn, kind: "MINISTRY",
});

export const CENTRAL_AGENCIES: AgencySeed[] = [
  ministry("BQP", "Bộ Quốc phòng", "Bộ Quốc phòng", "Ministry of National Defence"),
  ministry("BCA", "Bộ Công an", "Bộ Công an", "Ministry of Public Security"),
  ministry("BNG", "Bộ Ngoại giao", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
  ministry("BNV", "Bộ Nội vụ", "Bộ Nội vụ", "Ministry of Home Affairs"),
  ministry("BTP", "Bộ Tư pháp", "Bộ Tư pháp", "Ministry of Justice"),
  ministry("BKHDT", "Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT", "Ministry of Planning and Investment"),
  ministry("BTC", "Bộ Tài chính", "Bộ Tài chính", "Ministry of Finance"),
  ministry("BCT", "Bộ Công Thương", "Bộ Công Thương", "Ministry of Industry and Trade"),
  ministry("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT", "Ministry of Agriculture and Rural Development"),
  ministry("BGTVT", "Bộ Giao thông vận tải", "Bộ GTVT", "Ministry of Transport"),
  ministry("BXD", "Bộ Xây dựng", "Bộ Xây dựng", "Ministry of Construction"),
  ministry("BTNMT", "Bộ Tài nguyên và Môi trường", "Bộ TN&MT", "Ministry of Natural Resources and Environment"),
  ministry("BTTTT", "Bộ Thông tin và Truyền thông", "Bộ TT&TT", "Ministry of Information and Communications"),
  ministry("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội", "Bộ LĐTB&XH", "Ministry of Labour, Invalids and Social Affairs"),
  ministry("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTT&DL", "Ministry of Culture, Sports and Tourism"),
  ministry("BKHCN", "Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Ministry of Science and Technology"),
  ministry("BGDDT", "Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT", "Ministry of Education and Training"),
  ministry("BYT", "Bộ Y tế", "Bộ Y tế", "Ministry of Health"),
  { code: "UBDT", name: "Ủy ban Dân tộc", shortName: "Ủy ban Dân tộc", nameEn: "Committee for Ethnic Minority Affairs", kind: "MINISTRY_LEVEL" },
  { code: "NHNN", name: "Ngân hàng Nhà nước Việt Nam", shortName: "Ngân hàng Nhà nước", nameEn: "State Bank of Vietnam", kind: "MINISTRY_LEVEL" },
  { code: "TTCP", name: "Thanh tra Chính phủ", shortName: "Thanh tra Chính phủ", nameEn: "Government Inspectorate", kind: "MINISTRY_LEVEL" },
  { code: "VPCP", name: "Văn phòng Chính phủ", shortName: "VPCP", nameEn: "Government Office", kind: "MINISTRY_LEVEL" },
  { code: "HVCTQG", name: "Học viện Chính trị quốc gia Hồ Chí Minh", shortName: "Học viện CTQG HCM", nameEn: "Ho Chi Minh National Academy of Politics", kind: "GOVERNMENT_AGENCY" },
  { code: "VHLKHXH", name: "Viện Hàn lâm Khoa học xã hội Việt Nam", shortName: "Viện Hàn lâm KHXH", nameEn: "Vietnam Academy of Social Sciences", kind: "GOVERNMENT_AGENCY" },
  { code: "VHLKHCN", name: "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", shortName: "Viện Hàn lâm KH&CN", nameEn: "Vietnam Academy of Science and Technology", kind: "GOVERNMENT_AGENCY" },
  { code: "VOV", name: "Đài Tiếng nói Việt Nam", shortName: "Đài TNVN", nameEn: "Voice of Vietnam", kind: "GOVERNMENT_AGENCY" },
  { code: "VTV", name: "Đài Truyền hình Việt Nam", shortName: "Đài THVN", nameEn: "Vietnam Television", kind: "GOVERNMENT_AGENCY" },
  { code: "TTXVN", name: "Thông tấn xã Việt Nam", shortName: "TTXVN", nameEn: "Vietnam News Agency", kind: "GOVERNMENT_AGENCY" },
  { code: "BHXH", name: "Bảo hiểm xã hội Việt Nam", shortName: "BHXH Việt Nam", nameEn: "Vietnam Social Security", kind: "GOVERNMENT_AGENCY" },
  { code: "BQLLANG", name: "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", shortName: "Ban QL Lăng", nameEn: "Ho Chi Minh Mausoleum Management Board", kind: "GOVERNMENT_AGENCY" },
];

// [ISO 3166-2:VN code, name]; "Thành phố" marks the five centrally-run cities.
const PROVINCE_ROWS: [string, string][] = [
  ["VN-44", "An Giang"], ["VN-43", "Bà Rịa - Vũng Tàu"], ["VN-54", "Bắc Giang"], ["VN-53", "Bắc Kạn"],
  ["VN-55", "Bạc Liêu"], ["VN-56", "Bắc Ninh"], ["VN-50", "Bến Tre"], ["VN-31", "Bình Định"],
  ["VN-57", "Bình Dương"], ["VN-58", "Bình Phước"], ["VN-40", "Bình Thuận"], ["VN-59", "Cà Mau"],
  ["VN-CT", "Thành phố Cần Thơ"], ["VN-04", "Cao Bằng"], ["VN-DN", "Thành phố Đà Nẵng"], ["VN-33", "Đắk Lắk"],
  ["VN-72", "Đắk Nông"], ["VN-71", "Điện Biên"], ["VN-39", "Đồng Nai"], ["VN-45", "Đồng Tháp"],
  ["VN-30", "Gia Lai"], ["VN-03", "Hà Giang"], ["VN-63", "Hà Nam"], ["VN-HN", "Thành phố Hà Nội"],
  ["VN-23", "Hà Tĩnh"], ["VN-61", "Hải Dương"], ["VN-HP", "Thành phố Hải Phòng"], ["VN-73", "Hậu Giang"],
  ["VN-14", "Hòa Bình"], ["VN-SG", "Thành phố Hồ Chí Minh"], ["VN-66", "Hưng Yên"], ["VN-34", "Khánh Hòa"],
  ["VN-47", "Kiên Giang"], ["VN-28", "Kon Tum"], ["VN-01", "Lai Châu"], ["VN-35", "Lâm Đồng"],
  ["VN-09", "Lạng Sơn"], ["VN-02", "Lào Cai"], ["VN-41", "Long An"], ["VN-67", "Nam Định"],
  ["VN-22", "Nghệ An"], ["VN-18", "Ninh Bình"], ["VN-36", "Ninh Thuận"], ["VN-68", "Phú Thọ"],
  ["VN-32", "Phú Yên"], ["VN-24", "Quảng Bình"], ["VN-27", "Quảng Nam"], ["VN-29", "Quảng Ngãi"],
  ["VN-13", "Quảng Ninh"], ["VN-25", "Quảng Trị"], ["VN-52", "Sóc Trăng"], ["VN-05", "Sơn La"],
  ["VN-37", "Tây Ninh"], ["VN-20", "Thái Bình"], ["VN-69", "Thái Nguyên"], ["VN-21", "Thanh Hóa"],
  ["VN-26", "Thừa Thiên Huế"], ["VN-46", "Tiền Giang"], ["VN-51", "Trà Vinh"], ["VN-07", "Tuyên Quang"],
  ["VN-49", "Vĩnh Long"], ["VN-70", "Vĩnh Phúc"], ["VN-06", "Yên Bái"],
];

export const PROVINCES: AgencySeed[] = PROVINCE_ROWS.map(([code, name]) => {
  const city = name.startsWith("Thành phố ");
  const bare = city ? name.slice("Thành phố ".length) : name;
  return {
    code,
    name: city ? name : `Tỉnh ${name}`,
    shortName: city ? `TP. ${bare}` : bare,
    nameEn: city ? `${bare} City` : `${bare} Province`,
    kind: "PROVINCE",
  };
});

/** Agencies that had not issued their action plan by the end of Q1/2017 (seed 000). */
export const ACTION_PLAN_MISSING = ["HVCTQG", "VN-33", "VN-32"];
