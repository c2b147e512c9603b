import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import { lockQuarters } from "@/lib/data/locks";
import { reportTaskRows } from "@/lib/data/report-tasks";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/domain/permissions";
import { updateTaskStatus } from "@/lib/tasks/update-status";
import { resetDemoData } from "@/prisma/demo/reset";
import { whileHeld } from "@/test/while-held";
import { closePeriod, openPeriod } from "./manage-periods";
import { submitReport } from "./submit-report";

// Point 3 of the PostgreSQL issue: the checks of a change hold under READ COMMITTED, with requests
// really in parallel on the pool's connections (as from several app instances).
const users: Record<string, SessionUser> = {};
const at = (day: string) => ({ now: new Date(`${day}T03:00:00.000Z`), today: day, address: "127.0.0.1" });

beforeAll(async () => {
  await resetDemoData(db());
  for (const name of ["analyst", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

describe("parallel changes on PostgreSQL", () => {
  it("50 parallel edits of one task from the same version: 1 saved, 49 told of the conflict, one history row", async () => {
    const task = await db().task.findUniqueOrThrow({ where: { id: "task-36A-13" } });
    const history = await db().taskStatusChange.count({ where: { taskId: task.id } });
    const edit = (i: number) =>
      updateTaskStatus(users.analyst, { taskId: task.id, version: task.version, toStatus: "IN_PROGRESS", effectiveOn: "2017-05-02", note: `Lần ${i}` }, at("2017-05-02"));
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => edit(i)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.kind === "conflict")).toHaveLength(49);
    expect(await db().taskStatusChange.count({ where: { taskId: task.id } })).toBe(history + 1);
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).version).toBe(task.version + 1);
  });

  it("a report sent while its quarter closes is in the record or refused, never half", async () => {
    const opened = await openPeriod(users.analyst, { programme: "36a", quarter: "2017-Q2", reportDueOn: "2017-06-15" }, at("2017-06-01"));
    if (!opened.ok) throw new Error("could not open 2017-Q2");
    const report = await db().agencyReport.findFirstOrThrow({ where: { periodId: opened.periodId, agency: { code: "BTC" } } });
    const tasks = await reportTaskRows("prg-36a", report.agencyId, "2017-06-30");
    const target = tasks.find((t) => t.status === "IN_PROGRESS")!;
    const form = {
      reportId: report.id,
      reportVersion: report.version,
      summary: "Báo cáo quý II.",
      items: tasks.map((t) =>
        t.taskId === target.taskId
          ? { taskId: t.taskId, version: t.version, fromStatus: t.status, status: "COMPLETED", note: "Xong", evidenceNumber: "9/BTC", evidenceDate: "2017-06-20" }
          : { taskId: t.taskId, version: t.version, fromStatus: t.status, status: t.status },
      ),
    };
    const history = await db().taskStatusChange.count();
    const [sent, closed] = await Promise.all([submitReport(users.btc, form, at("2017-07-01")), closePeriod(users.analyst, { periodId: opened.periodId }, at("2017-07-01"))]);
    expect(closed.ok).toBe(true);
    const record = await db().periodTaskRecord.findUniqueOrThrow({ where: { periodId_taskId: { periodId: opened.periodId, taskId: target.taskId } } });
    if (sent.ok) {
      // It came first: the close waited for it and froze what it wrote.
      expect(record.status).toBe("COMPLETED");
      expect(await db().taskStatusChange.count()).toBe(history + 1);
    } else {
      // The close came first: the report was refused and wrote nothing.
      expect(sent).toEqual({ ok: false, kind: "invalid", errors: { form: ["periodClosed"] } });
      expect(record.status).toBe("IN_PROGRESS");
      expect(await db().taskStatusChange.count()).toBe(history);
      expect((await db().agencyReport.findUniqueOrThrow({ where: { id: report.id } })).state).toBe("PENDING");
    }
  });

  it("a close waits for a change being written into the quarter, whichever instance writes it", async () => {
    const opened = await openPeriod(users.analyst, { programme: "36a", quarter: "2017-Q3", reportDueOn: "2017-09-15" }, at("2017-09-01"));
    if (!opened.ok) throw new Error("could not open 2017-Q3");
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // A change in flight: it holds the quarters shared, as a status change or report does.
    const inFlight = db().$transaction(async (tx) => {
      await lockQuarters(tx, "prg-36a", "share");
      locked();
      await held;
      order.push("change committed");
    });
    await lockTaken;
    const close = closePeriod(users.analyst, { periodId: opened.periodId }, at("2017-10-02")).then((result) => {
      order.push("close done");
      return result;
    });
    // Give the close every chance to overtake; it cannot while the change holds its lock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    order.push("change still open");
    release();
    await inFlight;
    expect((await close).ok).toBe(true);
    expect(order).toEqual(["change still open", "change committed", "close done"]);
  });

  it("the same quarter opened twice at once is opened once; closed twice at once, frozen once", async () => {
    const open = () => openPeriod(users.analyst, { programme: "36a", quarter: "2017-Q4", reportDueOn: "2017-12-15" }, at("2017-12-01"));
    const opens = await Promise.all([open(), open(), open()]);
    expect(opens.filter((r) => r.ok)).toHaveLength(1);
    expect(opens.filter((r) => !r.ok)).toEqual([
      { ok: false, kind: "invalid", errors: { quarter: ["exists"] } },
      { ok: false, kind: "invalid", errors: { quarter: ["exists"] } },
    ]);
    const period = await db().reportingPeriod.findFirstOrThrow({ where: { programmeId: "prg-36a", year: 2017, quarter: 4 } });
    expect(await db().periodEvent.count({ where: { periodId: period.id, kind: "OPENED" } })).toBe(1);

    const close = () => closePeriod(users.analyst, { periodId: period.id }, at("2018-01-02"));
    const closes = await Promise.all([close(), close(), close()]);
    expect(closes.filter((r) => r.ok)).toHaveLength(1);
    expect(closes.filter((r) => !r.ok)).toEqual([
      { ok: false, kind: "invalid", errors: { form: ["alreadyClosed"] } },
      { ok: false, kind: "invalid", errors: { form: ["alreadyClosed"] } },
    ]);
    const closedEvents = await db().periodEvent.findMany({ where: { periodId: period.id, kind: "CLOSED" } });
    expect(closedEvents).toHaveLength(1);
    const frozen = await db().periodTaskRecord.count({ where: { periodId: period.id } });
    expect(frozen).toBeGreaterThan(0);
    expect(JSON.parse(closedEvents[0].detail!)).toEqual({ records: frozen });
  });

  it("two reports of one agency for two open quarters, listing the same tasks in opposite orders, never deadlock", async () => {
    const open = (quarter: string, reportDueOn: string) => openPeriod(users.analyst, { programme: "36a", quarter, reportDueOn }, at("2018-04-02"));
    const quarters = [await open("2018-Q1", "2018-04-15"), await open("2018-Q2", "2018-07-15")];
    const forms = await Promise.all(
      quarters.map(async (opened, index) => {
        if (!opened.ok) throw new Error("could not open the quarters of 2018");
        const report = await db().agencyReport.findFirstOrThrow({ where: { periodId: opened.periodId, agency: { code: "BTC" } } });
        return { report, rows: await reportTaskRows("prg-36a", report.agencyId, index === 0 ? "2018-03-31" : "2018-04-02") };
      }),
    );
    const [first, second] = forms[0].rows.filter((t) => t.status === "IN_PROGRESS").map((t) => t.taskId).sort();
    const form = ({ report, rows }: (typeof forms)[number], evidenceDate: string, reversed: boolean) => {
      const items = rows.map((t) =>
        t.taskId === first || t.taskId === second
          ? { taskId: t.taskId, version: t.version, fromStatus: t.status, status: "COMPLETED", note: "Xong", evidenceNumber: "1/BTC", evidenceDate }
          : { taskId: t.taskId, version: t.version, fromStatus: t.status, status: t.status },
      );
      items.sort((a, b) => (a.taskId < b.taskId ? -1 : 1) * (reversed ? -1 : 1));
      return { reportId: report.id, reportVersion: report.version, summary: "Báo cáo.", items };
    };
    const lateQ1 = form(forms[0], "2018-03-20", true);
    const q2 = form(forms[1], "2018-04-01", false);
    // The second task is held: Q1's report (second task first) waits on it; Q2's (first task first)
    // takes the first task and then waits too. Released, taking the tasks as listed would deadlock.
    const [sentQ1, sentQ2] = await whileHeld(
      (tx) => tx.$queryRaw`SELECT 1 FROM "Task" WHERE "id" = ${second} FOR NO KEY UPDATE`,
      async () => {
        const q1 = submitReport(users.btc, lateQ1, at("2018-04-02"));
        await new Promise((resolve) => setTimeout(resolve, 100));
        return Promise.all([q1, submitReport(users.btc, q2, at("2018-04-02"))]);
      },
    );
    expect(sentQ1.ok).toBe(true);
    expect(sentQ2).toMatchObject({ ok: false, kind: "conflict" });
    expect(await db().taskStatusChange.count({ where: { taskId: { in: [first, second] }, effectiveOn: { gte: "2018-01-01" } } })).toBe(2);
  });
});
