import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { classifyTask } from "@/lib/domain/task-class";
import { resetDemoData } from "@/prisma/demo/reset";
import { parseTaskQuery } from "@/lib/view/params";
import { resolveView, type ResolvedView } from "@/lib/view/resolve-view";
import { getActionPlanCoverage } from "./action-plans";
import { getAgencyFigures, listAgencies } from "./agencies";
import { getTaskDetail } from "./task-detail";
import { getClassCounts } from "./task-classes";
import { countTasks, exportTasks, listTasks } from "./task-list";
import { getCompletionTrend } from "./trend";

const TODAY = "2026-11-23";
let q1: ResolvedView;
let q4: ResolvedView;

beforeAll(async () => {
  await resetDemoData(db());
  q1 = (await resolveView({ quarter: "2017-Q1" }, TODAY))!;
  q4 = (await resolveView({ quarter: "2016-Q4" }, TODAY))!;
});

const query = (raw: Record<string, string> = {}) => parseTaskQuery(raw).value;

describe("the as-of of a view", () => {
  it("reads a quarter from its frozen record, with the one before to compare", () => {
    expect(q1.programme.slug).toBe("36a");
    expect(q1.current).toMatchObject({ period: { year: 2017, quarter: 1 }, asOf: "2017-03-31", basis: { kind: "record" } });
    expect(q1.previous?.period).toMatchObject({ year: 2016, quarter: 4 });
    expect(q1.ignored).toEqual([]);
  });

  it("ignores a malformed or unknown quarter and names it, showing today's figures", async () => {
    const bad = await resolveView({ quarter: "2016-Q9", programme: "Không hợp lệ" }, TODAY);
    expect(bad?.ignored.sort()).toEqual(["programme", "quarter"]);
    expect(bad).toMatchObject({ live: true, current: { period: null, asOf: TODAY } });
    const unknown = await resolveView({ quarter: "2010-Q1" }, TODAY);
    expect(unknown?.ignored).toEqual(["quarter"]);
    expect(unknown).toMatchObject({ live: true, current: { asOf: TODAY } });
    // The API's default stays the latest quarter.
    expect(await resolveView({ quarter: "2010-Q1" }, TODAY, "latestQuarter")).toMatchObject({ live: false, current: { period: { year: 2017, quarter: 1 } } });
  });

  it("refuses a day after today: overdue would be a forecast, not a figure", async () => {
    const view = await resolveView({ date: "2027-01-01" }, TODAY);
    expect(view?.ignored).toEqual(["date"]);
    expect(view).toMatchObject({ live: true, current: { period: null, asOf: TODAY } });
  });

  it("reads a day from the history and compares it with the last quarter ended before it", async () => {
    const view = await resolveView({ date: "2017-02-15" }, TODAY);
    expect(view?.current).toMatchObject({ period: null, asOf: "2017-02-15", basis: { kind: "date" } });
    expect(view?.previous?.period).toMatchObject({ year: 2016, quarter: 4 });
    expect(view?.ref).toEqual({ programme: "36a", date: "2017-02-15" });
  });
});

describe("task list", () => {
  it("gives exactly the three tasks Bộ Tài chính has in progress in Q1/2017", async () => {
    const page = await listTasks(q1.current.basis, q1.current.asOf, query({ agency: "BTC", status: "IN_PROGRESS" }));
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.agencyCode)).toEqual(["BTC", "BTC", "BTC"]);
    expect(page.rows.every((r) => r.status === "IN_PROGRESS")).toBe(true);
  });

  it("counts the headline's denominator and numerator behind its links", async () => {
    const { basis, asOf } = q1.current;
    expect(await countTasks(basis, asOf, query({ status: "NOT_STARTED,IN_PROGRESS,COMPLETED" }))).toBe(73);
    expect(await countTasks(basis, asOf, query({ status: "COMPLETED" }))).toBe(34);
    expect(await countTasks(q4.current.basis, q4.current.asOf, query({ status: "COMPLETED" }))).toBe(31);
    expect(await countTasks(basis, asOf, query({ kind: "PROVINCE" }))).toBe(0);
  });

  it("pages on the server and clamps a page past the end", async () => {
    const { basis, asOf } = q1.current;
    const first = await listTasks(basis, asOf, query({ size: "10" }));
    expect(first).toMatchObject({ total: 75, pageCount: 8, page: 1 });
    expect(first.rows.map((r) => r.code).slice(0, 2)).toEqual(["36A-01", "36A-02"]);
    const last = await listTasks(basis, asOf, query({ size: "10", page: "99" }));
    expect(last.page).toBe(8);
    expect(last.rows).toHaveLength(5);
  });

  it("finds tasks whatever the diacritics and case of the search", async () => {
    const { basis, asOf } = q1.current;
    const plain = await exportTasks(basis, asOf, query({ q: "tai chinh" }));
    const marked = await exportTasks(basis, asOf, query({ q: "TÀI CHÍNH" }));
    expect(plain.length).toBeGreaterThan(0);
    expect(marked.map((r) => r.code)).toEqual(plain.map((r) => r.code));
    // By the lead agency's name: every task of Bộ Tài chính is found.
    expect(plain.filter((r) => r.agencyCode === "BTC")).toHaveLength(5);
    expect(plain.every((r) => r.agencyCode === "BTC" || /tài chính/i.test(r.title))).toBe(true);
    expect(await countTasks(basis, asOf, query({ q: "100%_" }))).toBe(0);
  });

  it("lists the 16 overdue tasks as of 31/03/2017, most overdue first", async () => {
    const rows = await exportTasks(q1.current.basis, q1.current.asOf, query({ overdue: "1", sort: "daysOverdue", dir: "desc" }));
    expect(rows).toHaveLength(16);
    expect(rows.every((r) => r.taskClass === "OVERDUE" && r.daysOverdue > 0)).toBe(true);
    const days = rows.map((r) => r.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it("classifies every row in SQL exactly as the domain rule does", async () => {
    for (const view of [q1, q4]) {
      const rows = await exportTasks(view.current.basis, view.current.asOf, query());
      for (const row of rows) expect(row.taskClass).toBe(classifyTask(row, view.current.asOf));
    }
  });

  it("sorts by deadline with tasks without one last, in both directions", async () => {
    const { basis, asOf } = q1.current;
    for (const dir of ["asc", "desc"]) {
      const rows = await exportTasks(basis, asOf, query({ sort: "deadline", dir }));
      const dated = rows.filter((r) => r.deadline !== null).map((r) => r.deadline!);
      expect(rows.slice(dated.length).every((r) => r.deadline === null)).toBe(true);
      expect(dated).toEqual(dir === "asc" ? [...dated].sort() : [...dated].sort().reverse());
    }
  });
});

describe("overview figures", () => {
  it("counts tasks by class as of the quarter's end", async () => {
    const counts = await getClassCounts(q1.current.basis, q1.current.asOf);
    expect(counts.OVERDUE).toBe(16);
    expect(counts.WITHDRAWN).toBe(2);
    expect(counts.COMPLETED_ON_TIME + counts.COMPLETED_LATE).toBe(34);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(75);
  });

  it("counts one agency's tasks by class, each count the task list's for the same class", async () => {
    const counts = await getClassCounts(q1.current.basis, q1.current.asOf, "BTC");
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(5);
    for (const [taskClass, count] of Object.entries(counts)) {
      expect(await countTasks(q1.current.basis, q1.current.asOf, query({ agency: "BTC", class: taskClass })), taskClass).toBe(count);
    }
  });

  it("gives the completion trend over every quarter", async () => {
    const trend = await getCompletionTrend(q1.periods, undefined, TODAY);
    expect(trend.map((p) => p.completed)).toEqual([4, 9, 16, 24, 31, 34]);
    expect(trend.at(-1)).toMatchObject({ assigned: 73 });
    expect(trend.at(-2)).toMatchObject({ assigned: 75 });
    const btc = await getCompletionTrend(q1.periods, "agency-BTC", TODAY);
    expect(btc.at(-1)).toMatchObject({ assigned: 5, completed: 2 });
  });

  it("gives action-plan coverage with the missing agencies named", async () => {
    const [central, provinces] = await getActionPlanCoverage(q1.programme.id, "2017-03-31");
    expect(central).toMatchObject({ group: "CENTRAL", issued: 29, total: 30 });
    expect(central.missing.map((a) => a.code)).toEqual(["HVCTQG"]);
    expect(provinces).toMatchObject({ group: "PROVINCE", issued: 61, total: 63 });
    expect(provinces.missing.map((a) => a.code).sort()).toEqual(["VN-32", "VN-33"]);
  });
});

describe("agencies", () => {
  it("gives each agency's figures as of Q1/2017", async () => {
    const { basis, asOf } = q1.current;
    const figures = async (code: string) => getAgencyFigures(basis, asOf, q1.programme.id, code);
    expect(await figures("BTC")).toMatchObject({ assigned: 5, completed: 2, inProgress: 3, planIssued: true });
    expect(await figures("VPCP")).toMatchObject({ assigned: 6, completed: 3, inProgress: 3 });
    expect(await figures("BTTTT")).toMatchObject({ assigned: 6, completed: 3, inProgress: 3 });
    expect(await figures("BKHDT")).toMatchObject({ assigned: 4, completed: 4 });
    expect(await figures("BLDTBXH")).toMatchObject({ assigned: 1, completed: 1 });
    expect(await figures("HVCTQG")).toMatchObject({ assigned: 0, planIssued: false });
    expect(await figures("KHONG-CO")).toBeNull();
  });

  it("lists all 93 agencies, sorted by rate with agencies without tasks last", async () => {
    const rows = await listAgencies(q1.current.basis, q1.current.asOf, q1.programme.id, { sort: "rate", dir: "desc", kind: [] });
    expect(rows).toHaveLength(93);
    const withTasks = rows.filter((r) => r.assigned > 0);
    expect(withTasks).toHaveLength(23);
    expect(rows.slice(0, 23)).toEqual(withTasks);
    expect(withTasks.slice(0, 2).map((r) => r.code)).toEqual(["BKHDT", "BLDTBXH"]);
    expect(withTasks.filter((r) => r.completed === 0).map((r) => r.code).sort()).toEqual(["BNV", "BTNMT", "TTCP"]);
    const english = await listAgencies(q1.current.basis, q1.current.asOf, q1.programme.id, { sort: "name", dir: "asc", kind: [], locale: "en" });
    const names = english.map((r) => r.nameEn.toLowerCase());
    expect(names).toEqual([...names].sort());
    const provinces = await listAgencies(q1.current.basis, q1.current.asOf, q1.programme.id, { sort: "name", dir: "asc", kind: ["PROVINCE"] });
    expect(provinces).toHaveLength(63);
  });
});

describe("task detail", () => {
  it("holds the full history with the recorded evidence, and each closed quarter's status", async () => {
    const task = await getTaskDetail("36A-04");
    expect(task?.leadAgency.code).toBe("VPCP");
    const completion = task?.history.find((h) => h.toStatus === "COMPLETED");
    expect(completion).toMatchObject({ evidenceNumber: "6118/VPCP-KGVX", evidenceDate: "2016-07-22" });
    expect(task?.periodRecords.map((r) => `${r.period.year}Q${r.period.quarter}`)).toEqual([
      "2017Q1", "2016Q4", "2016Q3", "2016Q2", "2016Q1", "2015Q4",
    ]);
    expect(await getTaskDetail("36A-99")).toBeNull();
  });
});
