import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseTaskQuery } from "@/lib/view/params";
import { resetDemoData } from "@/prisma/demo/reset";
import { getAgencyFigures, listAgencies } from "./agencies";
import { listUnits } from "./agency-units";
import { getAgencyBreakdown } from "./progress";
import { countTasks } from "./task-list";
import type { Basis } from "./task-basis";

// A commune's task counts towards its district and its province, wherever a province's figures show.
const AS_OF = "2017-05-01";
const basis: Basis = { kind: "date", programmeId: "prg-36a", asOf: AS_OF };
const options = { sort: "name" as const, dir: "asc" as const, kind: [] };
let before: { assigned: number; overdue: number; units: number };

beforeAll(async () => {
  await resetDemoData(db());
  const hanoi = (await listAgencies(basis, AS_OF, "prg-36a", options)).find((a) => a.code === "VN-HN")!;
  // Hà Nội already has the demo's departments and districts (the rollout's, seed 001), none with a task.
  before = { assigned: hanoi.assigned, overdue: hanoi.overdue, units: await db().agency.count({ where: { parentId: "agency-VN-HN" } }) };
  await db().agency.create({ data: { id: "u-district", code: "VN-HN-H99", name: "Ủy ban nhân dân quận Ba Đình", shortName: "Quận Ba Đình", nameEn: "Ba Dinh District", kind: "DISTRICT", parentId: "agency-VN-HN" } });
  await db().agency.create({ data: { id: "u-commune", code: "VN-HN-H99-X001", name: "Ủy ban nhân dân phường Điện Biên", shortName: "Phường Điện Biên", nameEn: "Dien Bien Ward", kind: "COMMUNE", parentId: "u-district" } });
  await db().task.create({
    data: {
      id: "u-task", programmeId: "prg-36a", code: "36A-80", title: "Số hóa hồ sơ một cửa cấp xã", leadAgencyId: "u-commune", assignedOn: "2017-04-10", deadline: "2017-04-20",
      history: { create: { toStatus: "NOT_STARTED", effectiveOn: "2017-04-10", note: "Giao nhiệm vụ" } },
    },
  });
});

describe("a unit within a province", () => {
  it("is not a row of the agency list, but its task is in its province's figures there and in the overview's breakdown", async () => {
    const rows = await listAgencies(basis, AS_OF, "prg-36a", options);
    expect(rows).toHaveLength(93);
    expect(rows.find((a) => a.code === "VN-HN")).toMatchObject({ assigned: before.assigned + 1, overdue: before.overdue + 1 });
    expect((await getAgencyBreakdown(basis, AS_OF)).find((a) => a.code === "VN-HN")).toMatchObject({ assigned: before.assigned + 1 });
  });

  it("counts towards its district's and its own page, and each level lists the one below", async () => {
    expect(await getAgencyFigures(basis, AS_OF, "prg-36a", "VN-HN-H99")).toMatchObject({ assigned: 1, overdue: 1, kind: "DISTRICT" });
    expect(await getAgencyFigures(basis, AS_OF, "prg-36a", "VN-HN-H99-X001")).toMatchObject({ assigned: 1, overdue: 1 });
    const province = await listUnits(basis, AS_OF, { id: "agency-VN-HN", rootId: "agency-VN-HN" }, 1);
    expect(before.units).toBeGreaterThan(0);
    // Most overdue first: the new district, then the demo's units with nothing overdue.
    expect(province.total).toBe(before.units + 1);
    expect(province.rows[0]).toMatchObject({ code: "VN-HN-H99", units: 1, assigned: 1, overdue: 1 });
    expect(province.rows.slice(1).every((row) => row.assigned === 0)).toBe(true);
    const district = await listUnits(basis, AS_OF, { id: "u-district", rootId: "agency-VN-HN" }, 1);
    expect(district).toMatchObject({ total: 1, rows: [{ code: "VN-HN-H99-X001", units: 0, assigned: 1 }] });
  });

  it("is in the task list of its province, of its district, and of the provinces as a kind", async () => {
    const count = (raw: Record<string, string>) => countTasks(basis, AS_OF, parseTaskQuery(raw).value);
    expect(await count({ agency: "VN-HN" })).toBe(before.assigned + 1);
    expect(await count({ agency: "VN-HN-H99" })).toBe(1);
    expect(await count({ agency: "VN-HN", kind: "PROVINCE" })).toBe(before.assigned + 1);
    expect(await count({ agency: "VN-HN", kind: "MINISTRY" })).toBe(0);
  });
});
