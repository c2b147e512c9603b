import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { isPlanIssued } from "@/lib/domain/action-plan";
import type { IsoDate } from "@/lib/domain/dates";
import { ASSIGNED_STATUSES, classifyTask, isOverdue, type TaskStatusValue } from "@/lib/domain/task-class";
import { resetDemoData } from "@/prisma/demo/reset";
import { classExpression, inTotal, overdueCondition, planIssuedCondition } from "./sql-rules";
import { basisRows } from "./task-basis";

// Each SQL rule against its pure twin, row by row, over the demo data on days across the programme:
// a change to one without the other fails here.
const DAYS: IsoDate[] = ["2015-12-31", "2016-03-31", "2016-12-31", "2017-02-15", "2017-03-31", "2026-11-23"];

const shown = (row: object) => JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? Number(value) : value));

beforeAll(async () => {
  await resetDemoData(db());
});

type Row = { status: TaskStatusValue; deadline: IsoDate | null; completedOn: IsoDate | null; inTotal: number | bigint; overdue: number | bigint; taskClass: string };

describe("SQL rules and their pure twins", () => {
  it.each(DAYS)("agree on every task as of %s: in the total, overdue, and class", async (asOf) => {
    const programme = await db().programme.findFirstOrThrow({ select: { id: true } });
    const rows = await db().$queryRaw<Row[]>`
      SELECT b."status" AS "status", b."deadline" AS "deadline", b."completedOn" AS "completedOn",
             CASE WHEN ${inTotal()} THEN 1 ELSE 0 END AS "inTotal",
             CASE WHEN ${overdueCondition(asOf)} THEN 1 ELSE 0 END AS "overdue",
             ${classExpression(asOf)} AS "taskClass"
      FROM (${basisRows({ kind: "date", programmeId: programme.id, asOf })}) b`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Number(row.inTotal) === 1, shown(row)).toBe((ASSIGNED_STATUSES as readonly string[]).includes(row.status));
      expect(Number(row.overdue) === 1, shown(row)).toBe(isOverdue(row, asOf));
      expect(row.taskClass, shown(row)).toBe(classifyTask(row, asOf));
    }
  });

  it.each(DAYS)("agree on every agency's action plan as of %s, with or without a plan row", async (asOf) => {
    // The second join finds no plan for any agency: the rule must hold for a missing row too.
    for (const joined of [Prisma.sql`TRUE`, Prisma.sql`FALSE`]) {
      const rows = await db().$queryRaw<{ issued: boolean | number | null; issuedOn: IsoDate | null; hasPlan: number | bigint; counted: number | bigint }[]>`
        SELECT p."issued" AS "issued", p."issuedOn" AS "issuedOn", CASE WHEN p."id" IS NULL THEN 0 ELSE 1 END AS "hasPlan",
               CASE WHEN ${planIssuedCondition(asOf)} THEN 1 ELSE 0 END AS "counted"
        FROM "Agency" a LEFT JOIN "ActionPlan" p ON p."agencyId" = a."id" AND ${joined}`;
      expect(rows.length).toBeGreaterThan(90);
      for (const row of rows) {
        const plan = Number(row.hasPlan) === 1 ? { issued: Boolean(row.issued), issuedOn: row.issuedOn } : null;
        expect(Number(row.counted) === 1, shown(row)).toBe(isPlanIssued(plan, asOf));
      }
    }
  });

  it("keeps its fragments to the alias it is given", () => {
    expect(overdueCondition("2017-03-31", "f").strings.join("?")).toContain('f."deadline"');
    expect(inTotal("r").strings.join("?")).toContain('r."status"');
    expect(Prisma.sql`${classExpression("2017-03-31", "r")}`.sql).not.toContain('b."');
  });
});
