import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { updateTaskStatus } from "./update-status";

const TODAY = "2026-11-23";
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc", "btnmt", "vpcp"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

// What a refused request must leave untouched: the task, its history and every frozen record.
async function snapshot(taskId: string) {
  const [task, history, records] = await Promise.all([
    db().task.findUniqueOrThrow({ where: { id: taskId } }),
    db().taskStatusChange.count({ where: { taskId } }),
    db().periodTaskRecord.findMany({ where: { taskId } }),
  ]);
  return { task, history, records };
}

async function version(taskId: string) {
  return (await db().task.findUniqueOrThrow({ where: { id: taskId }, select: { version: true } })).version;
}

const web = { channel: "web" as const, today: TODAY, address: "127.0.0.1" };

describe("access matrix for a status change on a Bộ Tài chính task", () => {
  const taskId = "task-36A-16";
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeEach(async () => {
    before = await snapshot(taskId);
  });

  const change = async (note = "Tiến độ quý") => ({ taskId, version: await version(taskId), toStatus: "IN_PROGRESS", effectiveOn: TODAY, note });

  it.each([
    ["no session", null, "unauthenticated"],
    ["leader", "leader", "forbidden"],
    ["editor of another agency (Bộ TN&MT)", "btnmt", "forbidden"],
    ["editor of another agency (VPCP)", "vpcp", "forbidden"],
  ])("refuses %s and changes nothing", async (_label, who, kind) => {
    const result = await updateTaskStatus(who ? users[who] : null, await change(), web);
    expect(result).toMatchObject({ ok: false, kind });
    expect(await snapshot(taskId)).toEqual(before);
    const entry = await db().auditEntry.findFirst({ where: { action: "task.status" }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({ outcome: "REFUSED", userId: who ? users[who].id : null });
  });

  it.each([["btc"], ["analyst"], ["admin"]])("lets %s change it, writing the task and its history together", async (who) => {
    // Each its own report: the same one again would record nothing.
    const result = await updateTaskStatus(users[who], await change(`Tiến độ quý (${who})`), web);
    expect(result).toMatchObject({ ok: true, version: before.task.version + 1 });
    const after = await snapshot(taskId);
    expect(after.history).toBe(before.history + 1);
    expect(after.records).toEqual(before.records);
    const last = await db().taskStatusChange.findFirst({ where: { taskId }, orderBy: { changedAt: "desc" } });
    expect(last).toMatchObject({ changedById: users[who].id, note: `Tiến độ quý (${who})`, effectiveOn: TODAY });
  });

  it("lets only VPCP withdraw a task", async () => {
    const withdrawal = { ...(await change()), toStatus: "WITHDRAWN", withdrawnReason: "RESCOPED" };
    expect(await updateTaskStatus(users.btc, withdrawal, web)).toMatchObject({ kind: "forbidden" });
    expect(await snapshot(taskId)).toEqual(before);
  });
});

describe("a completion", () => {
  it("needs evidence, and is then counted as of its day", async () => {
    const taskId = "task-36A-13";
    const v = await version(taskId);
    const bare = { taskId, version: v, toStatus: "COMPLETED", effectiveOn: "2026-11-20", note: "Đã ban hành" };
    expect(await updateTaskStatus(users.btc, bare, web)).toMatchObject({ kind: "invalid", errors: { evidenceNumber: ["evidenceRequired"] } });
    const result = await updateTaskStatus(users.btc, { ...bare, evidenceNumber: "88/2026/TT-BTC", evidenceDate: "2026-11-18" }, web);
    expect(result).toMatchObject({ ok: true });
    expect(await db().task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: "COMPLETED", completedOn: "2026-11-20" });
  });
});

describe("two people editing the same task", () => {
  it("refuses the second save made on a stale version, says what changed, and overwrites nothing", async () => {
    const taskId = "task-36A-17";
    const seen = await version(taskId);
    const first = await updateTaskStatus(users.btc, { taskId, version: seen, toStatus: "IN_PROGRESS", effectiveOn: TODAY, note: "Lần một" }, web);
    expect(first).toMatchObject({ ok: true });
    const afterFirst = await snapshot(taskId);
    const second = await updateTaskStatus(users.analyst, { taskId, version: seen, toStatus: "NOT_STARTED", effectiveOn: TODAY, note: "Lần hai" }, web);
    expect(second).toMatchObject({
      ok: false,
      kind: "conflict",
      current: { version: seen + 1, status: "IN_PROGRESS", lastChange: { note: "Lần một", by: users.btc.displayName } },
    });
    expect(await snapshot(taskId)).toEqual(afterFirst);
  });
});

describe("the same report sent twice", () => {
  const report = { toStatus: "COMPLETED", effectiveOn: TODAY, note: "Đã ban hành", evidenceNumber: "12/QĐ-BTC", evidenceDate: TODAY };

  it("records it once: the second, on the old or the new version, changes nothing and says so", async () => {
    const taskId = "task-36A-18";
    const seen = await version(taskId);
    const first = await updateTaskStatus(users.analyst, { taskId, version: seen, ...report }, web);
    expect(first).toMatchObject({ ok: true, version: seen + 1, unchanged: false });
    const afterFirst = await snapshot(taskId);
    for (const sent of [seen, seen + 1]) {
      const again = await updateTaskStatus(users.analyst, { taskId, version: sent, ...report }, web);
      expect(again).toMatchObject({ ok: true, version: seen + 1, unchanged: true });
      expect(await snapshot(taskId)).toEqual(afterFirst);
    }
  });

  it("records a report that differs in anything: its note, its day or its evidence", async () => {
    const taskId = "task-36A-19";
    const first = await updateTaskStatus(users.analyst, { taskId, version: await version(taskId), ...report }, web);
    expect(first).toMatchObject({ ok: true, unchanged: false });
    const before = await snapshot(taskId);
    const second = await updateTaskStatus(users.analyst, { taskId, version: await version(taskId), ...report, evidenceUrl: "https://mof.gov.vn/vb/12" }, web);
    expect(second).toMatchObject({ ok: true, unchanged: false });
    expect((await snapshot(taskId)).history).toBe(before.history + 1);
  });
});

describe("bad input", () => {
  const taskId = "task-36A-15";
  it.each([
    ["a string instead of an object", "{not json"],
    ["wrong types", { taskId: 15, version: "abc", toStatus: 3, effectiveOn: 20170101, note: {} }],
    ["missing fields", { taskId }],
    ["an unknown status", { taskId, version: 1, toStatus: "DONE", effectiveOn: TODAY, note: "x" }],
    ["a 100 kB note", { taskId, version: 1, toStatus: "IN_PROGRESS", effectiveOn: TODAY, note: "x".repeat(100_000) }],
    ["a day in the future", { taskId, version: 1, toStatus: "IN_PROGRESS", effectiveOn: "2026-12-01", note: "x" }],
    ["a day inside a closed quarter", { taskId, version: 1, toStatus: "IN_PROGRESS", effectiveOn: "2017-02-01", note: "x" }],
    ["an unknown task", { taskId: "task-nope", version: 1, toStatus: "IN_PROGRESS", effectiveOn: TODAY, note: "x" }],
  ])("refuses %s with a reason and writes nothing", async (_label, input) => {
    const before = await snapshot(taskId);
    const result = await updateTaskStatus(users.analyst, input, web);
    expect(result.ok).toBe(false);
    expect(await snapshot(taskId)).toEqual(before);
  });

  it("stores text with script tags as text", async () => {
    const note = `<script>alert("x")</script> & <b>đậm</b>`;
    const result = await updateTaskStatus(users.analyst, { taskId, version: await version(taskId), toStatus: "COMPLETED", effectiveOn: TODAY, note, evidenceNumber: "<img src=x>", evidenceDate: TODAY }, web);
    expect(result).toMatchObject({ ok: true });
    const last = await db().taskStatusChange.findFirst({ where: { taskId }, orderBy: { changedAt: "desc" } });
    expect(last).toMatchObject({ note, evidenceNumber: "<img src=x>" });
  });
});
