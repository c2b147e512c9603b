import type { SubunitKindValue } from "../../lib/domain/agency-kind";
import { agencySearchText } from "../../lib/domain/fold";
import { PROVINCES } from "../demo/agencies";
import { agencyId } from "../demo/ids";

// The sub-units below the 63 provinces, in the proportions of the 2016 report (DOMAIN.md: 774
// departments, and about 700 districts and 10,000 communes nationwide).

export type SubunitRow = {
  id: string; code: string; name: string; shortName: string; nameEn: string; kind: SubunitKindValue; parentId: string; searchText: string;
};

const DEPARTMENTS: [string, string][] = [
  ["Sở Nội vụ", "Department of Home Affairs"], ["Sở Tài chính", "Department of Finance"],
  ["Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"], ["Sở Thông tin và Truyền thông", "Department of Information and Communications"],
  ["Sở Tư pháp", "Department of Justice"], ["Sở Y tế", "Department of Health"], ["Sở Giáo dục và Đào tạo", "Department of Education and Training"],
  ["Sở Xây dựng", "Department of Construction"], ["Sở Giao thông vận tải", "Department of Transport"],
  ["Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment"], ["Sở Công Thương", "Department of Industry and Trade"],
  ["Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development"],
  ["Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"],
  ["Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"], ["Sở Khoa học và Công nghệ", "Department of Science and Technology"],
  ["Thanh tra tỉnh", "Provincial Inspectorate"], ["Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee"],
  ["Ban Dân tộc", "Ethnic Affairs Committee"], ["Ban Quản lý các khu công nghiệp", "Industrial Zones Authority"],
];

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export type SubunitCounts = { departments: number; districts: number; communes: number };

/** `total` sub-units, spread over the provinces in turn: about 6.7% departments, 6.1% districts, the rest communes. */
export function buildSubunits(total: number): SubunitRow[] {
  const departments = Math.round((total * 774) / 11_474);
  const districts = Math.max(total > departments ? 1 : 0, Math.round((total * 700) / 11_474));
  return buildSubunitsOf({ departments, districts, communes: Math.max(0, total - departments - districts) });
}

/**
 * Exactly these many sub-units of each kind. Departments and districts go round the provinces in turn,
 * so the i-th is the same row whatever the counts; communes go round the districts, numbered within
 * theirs (X001, X002…). A run with at least as many districts, and communes per district, therefore
 * holds a smaller run's rows: the scale data's national 776/702/10,022 hold the demo's 774/411/1,883
 * (seed 001), and the scale seed adds only the rest.
 */
export function buildSubunitsOf({ departments, districts, communes }: SubunitCounts): SubunitRow[] {
  const rows: SubunitRow[] = [];
  const row = (code: string, name: string, shortName: string, nameEn: string, kind: SubunitKindValue, parentId: string): SubunitRow => ({
    id: `agency-${code}`, code, name, shortName, nameEn, kind, parentId, searchText: agencySearchText({ code, name, shortName, nameEn }),
  });
  const province = (i: number) => PROVINCES[i % PROVINCES.length];
  for (let i = 0; i < departments; i++) {
    const p = province(i);
    const n = Math.floor(i / PROVINCES.length);
    const [vi, en] = DEPARTMENTS[n % DEPARTMENTS.length];
    const round = n >= DEPARTMENTS.length ? ` ${Math.floor(n / DEPARTMENTS.length) + 1}` : "";
    rows.push(row(`${p.code}-S${pad(n + 1, 2)}`, `${vi}${round} ${p.shortName}`, `${vi}${round}`, `${en}${round}, ${p.nameEn}`, "DEPARTMENT", agencyId(p.code)));
  }
  const districtRows: SubunitRow[] = [];
  for (let i = 0; i < districts; i++) {
    const p = province(i);
    const n = Math.floor(i / PROVINCES.length) + 1;
    districtRows.push(row(`${p.code}-H${pad(n, 2)}`, `Ủy ban nhân dân huyện số ${n}, ${p.shortName}`, `Huyện số ${n}`, `District ${n}, ${p.nameEn}`, "DISTRICT", agencyId(p.code)));
  }
  rows.push(...districtRows);
  for (let i = 0; i < communes; i++) {
    const d = districtRows[i % districtRows.length];
    const n = Math.floor(i / districtRows.length) + 1;
    rows.push(row(`${d.code}-X${pad(n, 3)}`, `Ủy ban nhân dân xã số ${n}, ${d.shortName}`, `Xã số ${n}`, `Commune ${n}, ${d.nameEn}`, "COMMUNE", d.id));
  }
  return rows;
}
