import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { countTasks } from "@/lib/data/task-list";
import { db } from "@/lib/db";
import { parseTaskQuery } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { resetDemoData } from "@/prisma/demo/reset";
import { whileHeld } from "@/test/while-held";
import { createTask, editTask } from "./manage-tasks";

const TODAY = "2026-11-23";
const users: Record<string, SessionUser> = {};
const everything = async () => ({ tasks: await db().task.findMany({ orderBy: { id: "asc" } }), history: await db().taskStatusChange.count() });

beforeAll(async () => {
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

const version = async (id: string) => (await db().task.findUniqueOrThrow({ where: { id } })).version;
const newTask = { code: "36A-76", title: "Xây dựng Cổng dữ liệu quốc gia", leadAgencyCode: "BTTTT", deadline: "2027-12-31", assignedOn: "2026-11-20" };

describe("task management", () => {
  it.each([["no session", null], ["analyst", "analyst"], ["leader", "leader"], ["agency editor", "btc"]])("refuses %s and changes nothing", async (_l, who) => {
    const actor = who ? users[who] : null;
    const before = await everything();
    expect(await editTask(actor, { taskId: "task-36A-13", version: await version("task-36A-13"), title: "Đổi tên", leadAgencyCode: "BTC", deadline: "2016-06-30" })).toMatchObject({ ok: false });
    expect(await createTask(actor, { programme: "36a", ...newTask }, { today: TODAY })).toMatchObject({ ok: false });
    expect(await everything()).toEqual(before);
  });

  it("lets the admin rename a task and move it to another agency; search and figures follow, closed quarters do not", async () => {
    const result = await editTask(users.admin, {
      taskId: "task-36A-13",
      version: await version("task-36A-13"),
      title: "Đề xuất cơ chế đầu tư ứng dụng CNTT (điều chỉnh)",
      leadAgencyCode: "BKHDT",
      deadline: "2016-06-30",
    });
    expect(result).toEqual({ ok: true, code: "36A-13" });
    const today = (await resolveView({ date: TODAY }, TODAY))!;
    expect(await countTasks(today.current.basis, TODAY, parseTaskQuery({ q: "dieu chinh" }).value)).toBe(1);
    expect(await countTasks(today.current.basis, TODAY, parseTaskQuery({ agency: "BTC" }).value)).toBe(4);
    const q1 = (await resolveView({ quarter: "2017-Q1" }, TODAY))!;
    expect(await countTasks(q1.current.basis, q1.current.asOf, parseTaskQuery({ agency: "BTC" }).value)).toBe(5);
  });

  it("refuses an edit made on a stale version", async () => {
    const seen = await version("task-36A-14");
    const edit = { taskId: "task-36A-14", version: seen, title: "Một", leadAgencyCode: "BTC", deadline: "2016-06-30" };
    expect(await editTask(users.admin, edit)).toMatchObject({ ok: true });
    const after = await everything();
    expect(await editTask(users.admin, { ...edit, title: "Hai" })).toEqual({ ok: false, kind: "conflict" });
    expect(await everything()).toEqual(after);
  });

  it("creates a task with its first history entry, counted from its day and not in any closed quarter", async () => {
    expect(await createTask(users.admin, { programme: "36a", ...newTask, deadline: "", deadlineText: "" }, { today: TODAY })).toMatchObject({ errors: { deadline: ["deadlineRequired"] } });
    expect(await createTask(users.admin, { programme: "36a", ...newTask, assignedOn: "2017-01-10" }, { today: TODAY })).toMatchObject({ errors: { assignedOn: ["closedQuarter"] } });
    expect(await createTask(users.admin, { programme: "36a", ...newTask }, { today: TODAY })).toEqual({ ok: true, code: "36A-76" });
    expect(await createTask(users.admin, { programme: "36a", ...newTask }, { today: TODAY })).toMatchObject({ errors: { code: ["codeTaken"] } });
    const today = (await resolveView({ date: TODAY }, TODAY))!;
    expect(await countTasks(today.current.basis, TODAY, parseTaskQuery({ q: "36a-76 cong du lieu" }).value)).toBe(1);
    const q1 = (await resolveView({ quarter: "2017-Q1" }, TODAY))!;
    expect(await countTasks(q1.current.basis, q1.current.asOf, parseTaskQuery({}).value)).toBe(75);
  });

  it("a code another request is adding at that moment is refused as taken, not an error", async () => {
    const result = await whileHeld(
      (tx) => tx.task.create({ data: { programmeId: "prg-36a", code: "36A-90", title: "Khác", searchText: "khac", leadAgencyId: "agency-BTC", assignedOn: "2026-11-20", deadlineText: "Hằng năm" } }),
      () => createTask(users.admin, { programme: "36a", ...newTask, code: "36A-90" }, { today: TODAY }),
    );
    expect(result).toEqual({ ok: false, kind: "invalid", errors: { code: ["codeTaken"] } });
    expect(await db().task.count({ where: { code: "36A-90" } })).toBe(1);
    expect(await db().taskStatusChange.count({ where: { task: { code: "36A-90" } } })).toBe(0);
  });
});
