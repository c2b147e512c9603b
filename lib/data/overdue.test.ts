import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { getOverduePage, OVERDUE_AGENCIES_A_PAGE, OVERDUE_TASKS_AN_AGENCY } from "./overdue";
import { getOverdueTasks } from "./progress";
import type { Basis } from "./task-basis";

// The overdue view reads a page of agencies at a time; the whole list (getOverdueTasks, which the
// export still reads) is the oracle it must agree with.
const AS_OF = "2018-06-30";
const basis: Basis = { kind: "date", programmeId: "prg-36a", asOf: AS_OF };

beforeAll(async () => {
  await resetDemoData(db());
  // A district's overdue task: it is shown under its province.
  await db().agency.create({ data: { id: "u-district", code: "VN-HN-H99", name: "Ủy ban nhân dân quận Ba Đình", shortName: "Quận Ba Đình", nameEn: "Ba Dinh District", kind: "DISTRICT", parentId: "agency-VN-HN" } });
  await db().task.create({
    data: {
      id: "u-task", programmeId: "prg-36a", code: "36A-80", title: "Số hóa hồ sơ một cửa cấp quận", leadAgencyId: "u-district", assignedOn: "2017-04-10", deadline: "2017-04-20",
      history: { create: { toStatus: "NOT_STARTED", effectiveOn: "2017-04-10", note: "Giao nhiệm vụ" } },
    },
  });
  // Bộ Tài nguyên và Môi trường gets four more overdue tasks: more than a group shows.
  for (let i = 0; i < 4; i++) {
    await db().task.create({
      data: {
        id: `extra-${i}`, programmeId: "prg-36a", code: `36A-9${i}`, title: `Nhiệm vụ bổ sung ${i + 1}`, leadAgencyId: "agency-BTNMT", assignedOn: "2017-04-11", deadline: `2017-04-1${i + 2}`,
        history: { create: { toStatus: "IN_PROGRESS", effectiveOn: "2017-04-11", note: "Giao nhiệm vụ" } },
      },
    });
  }
});

describe("the overdue view, a page of agencies at a time", () => {
  it("counts every overdue task and agency, and its pages together hold each agency once with its oldest tasks", async () => {
    const all = await getOverdueTasks(basis, AS_OF);
    const first = await getOverduePage(basis, AS_OF, 1);
    expect(first.tasks).toBe(all.length);
    expect(first.agencies).toBeGreaterThan(OVERDUE_AGENCIES_A_PAGE);
    expect(first.pageCount).toBe(Math.ceil(first.agencies / OVERDUE_AGENCIES_A_PAGE));
    expect(first.groups).toHaveLength(OVERDUE_AGENCIES_A_PAGE);

    const groups = [];
    for (let page = 1; page <= first.pageCount; page++) groups.push(...(await getOverduePage(basis, AS_OF, page)).groups);
    expect(groups).toHaveLength(first.agencies);
    expect(new Set(groups.map((g) => g.code)).size).toBe(first.agencies);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(all.length);
    // Agencies whose oldest overdue task is oldest come first.
    expect(groups.map((g) => g.oldest)).toEqual([...groups.map((g) => g.oldest)].sort());
    for (const group of groups) {
      expect(group.tasks.length).toBe(Math.min(group.count, OVERDUE_TASKS_AN_AGENCY));
      expect(group.tasks.map((t) => t.deadline)).toEqual([...group.tasks.map((t) => t.deadline)].sort());
      expect(group.tasks[0].deadline).toBe(group.oldest);
    }
  });

  it("shows an agency's five oldest overdue tasks of its eight", async () => {
    const groups = [];
    const { pageCount } = await getOverduePage(basis, AS_OF, 1);
    for (let page = 1; page <= pageCount; page++) groups.push(...(await getOverduePage(basis, AS_OF, page)).groups);
    const group = groups.find((g) => g.code === "BTNMT")!;
    expect(group.count).toBe(8);
    expect(group.tasks).toHaveLength(5);
  });

  it("shows a unit's task under its province, naming the unit as its lead", async () => {
    const groups = [];
    const { pageCount } = await getOverduePage(basis, AS_OF, 1);
    for (let page = 1; page <= pageCount; page++) groups.push(...(await getOverduePage(basis, AS_OF, page)).groups);
    expect(groups.find((g) => g.code === "VN-HN-H99")).toBeUndefined();
    const hanoi = groups.find((g) => g.code === "VN-HN")!;
    expect(hanoi.tasks.find((t) => t.code === "36A-80")).toMatchObject({ leadCode: "VN-HN-H99", leadShortName: "Quận Ba Đình", daysOverdue: 436 });
  });

  it("reads a page past the last as the last, and says so when nothing is overdue", async () => {
    const first = await getOverduePage(basis, AS_OF, 1);
    expect((await getOverduePage(basis, AS_OF, 999)).page).toBe(first.pageCount);
    expect(await getOverduePage({ kind: "date", programmeId: "prg-36a", asOf: "2014-10-01" }, "2014-10-01", 1)).toEqual({ tasks: 0, agencies: 0, page: 1, pageCount: 1, groups: [] });
  });
});
