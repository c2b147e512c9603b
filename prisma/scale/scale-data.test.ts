import { beforeAll, describe, expect, it } from "vitest";
import { getStatusCounts } from "@/lib/data/progress";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { DEMO_SUBUNITS } from "@/prisma/demo/rollout-plan";
import { buildSubunits, buildSubunitsOf } from "./agencies";
import { seedScaleData, type ScaleSummary } from "./seed-scale-data";

// A small run of the scale data (the full one is the benchmark's): deterministic, consistent with the
// app's own rules, and beside the demo without moving its figures.
const OPTIONS = { agencies: 300, tasks: 3_000, quarters: 16, seed: 7, today: "2026-11-20", documents: 2_000, deliveries: 2_300 };
let summary: ScaleSummary;
// The demo has sub-units of its own (its rollout's, seed 001); the scale data adds those it does not have.
const UNITS = new Set([...buildSubunitsOf(DEMO_SUBUNITS), ...buildSubunits(OPTIONS.agencies)].map((unit) => unit.code)).size;

// Every generated row, bar the accounts (their password hashes are salted afresh) and the timestamps the database stamps itself.
async function fingerprint(): Promise<string> {
  const [row] = await db().$queryRaw<{ hash: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(concat_ws(',', "id", "code", "rootId", "kind"), ';' ORDER BY "id") FROM "Agency"),
      (SELECT string_agg(concat_ws(',', "id", "code", "title", "leadAgencyId", "assignedOn", "deadline", "status", "completedOn"), ';' ORDER BY "id") FROM "Task"),
      (SELECT string_agg(concat_ws(',', "id", "toStatus", "effectiveOn", "changedAt"), ';' ORDER BY "id") FROM "TaskStatusChange"),
      (SELECT string_agg(concat_ws(',', "periodId", "taskId", "status", "leadAgencyId"), ';' ORDER BY "periodId", "taskId") FROM "PeriodTaskRecord"),
      (SELECT string_agg(concat_ws(',', "id", "state", "firstSubmittedOn"), ';' ORDER BY "id") FROM "AgencyReport"),
      (SELECT string_agg(concat_ws(',', "id", "senderId", "externalId", "signed", "sentAt"), ';' ORDER BY "id") FROM "AxisDocument"),
      (SELECT string_agg(concat_ws(',', "id", "receiverId", "state", "stateAt"), ';' ORDER BY "id") FROM "AxisDelivery"))) AS hash`;
  return row.hash;
}

beforeAll(async () => {
  summary = await seedScaleData(OPTIONS);
}, 120_000);

describe("the scale data", () => {
  it("has the rows asked for, beside the demo's, with 1–5% of tasks overdue today", () => {
    expect(UNITS).toBeGreaterThan(3_068);
    expect(summary).toMatchObject({ tasks: 3_000 + 75, agencies: UNITS + 93, closed: 6 + 16 + 10 + 7 + 4 });
    expect(summary.records).toBeGreaterThan(3_000);
    expect(summary.overdue).toBeGreaterThan(0.01);
    expect(summary.overdue).toBeLessThan(0.05);
  });

  it("adds a year of the national axis up to today, its roll-ups equal to its rows", async () => {
    expect(summary.documents).toBe(2_000);
    expect(summary.events).toBeGreaterThan(2_300 * 3);
    const [span] = await db().$queryRaw<{ first: string; last: string; sent: bigint; received: bigint; units: bigint; unitRows: bigint }[]>`
      SELECT min("day") AS "first", max("day") AS "last", sum("sent") AS "sent", sum("received") AS "received",
             (SELECT count(DISTINCT "senderId") FROM "AxisDocument" WHERE "senderId" IN (SELECT "id" FROM "Agency" WHERE "parentId" IS NOT NULL)) AS "units",
             count(*) FILTER (WHERE "agencyId" IN (SELECT "id" FROM "Agency" WHERE "parentId" IS NOT NULL)) AS "unitRows"
      FROM "AxisFlowDay"`;
    expect(span.first >= "2025-11-21" && span.last <= "2026-11-20").toBe(true);
    expect([Number(span.sent), Number(span.received)]).toEqual([2_000, 2_300]);
    // Units send too; the roll-up counts them under their province.
    expect(Number(span.units)).toBeGreaterThan(0);
    expect(Number(span.unitRows)).toBe(0);
    const [durations] = await db().$queryRaw<{ rollup: bigint; raw: bigint }[]>`
      SELECT (SELECT sum("count") FROM "AxisDurationMonth" WHERE "state" = '06') AS "rollup", (SELECT count(*) FROM "AxisDelivery" WHERE "finishedAt" IS NOT NULL) AS "raw"`;
    expect(Number(durations.rollup)).toBe(Number(durations.raw));
  });

  it("leaves the demo's figures as the public record has them", async () => {
    const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: "period-36a-2017q1" } });
    expect(await getStatusCounts({ kind: "record", periodId: period.id }, period.endsOn)).toMatchObject({ completed: 34, assigned: 73 });
  });

  it("freezes each closed quarter as the live history reads on its last day, and rolls every unit up to its province", async () => {
    const periods = await db().reportingPeriod.findMany({ where: { programmeId: { startsWith: "prg-scale" }, state: "CLOSED" }, orderBy: { id: "asc" } });
    for (const period of [periods[0], periods.at(-1)!]) {
      const live = await getStatusCounts({ kind: "date", programmeId: period.programmeId, asOf: period.endsOn }, period.endsOn);
      expect(await getStatusCounts({ kind: "record", periodId: period.id }, period.endsOn)).toEqual(live);
      expect(live.assigned).toBe(period.assignedCount);
    }
    const units = await db().agency.findMany({ where: { parentId: { not: null } }, select: { root: { select: { kind: true, parentId: true } } } });
    expect(units.length).toBe(UNITS);
    expect(units.every((u) => u.root?.kind === "PROVINCE" && u.root.parentId === null)).toBe(true);
  });

  it("at national size holds every unit of the demo's, row for row, so it only adds to them", () => {
    const national = new Map(buildSubunits(11_500).map((unit) => [unit.code, unit]));
    const demo = buildSubunitsOf(DEMO_SUBUNITS);
    expect(demo).toHaveLength(3_068);
    expect(demo.filter((unit) => JSON.stringify(national.get(unit.code)) !== JSON.stringify(unit))).toEqual([]);
  });

  it("is the same, row for row, when run again with the same options; and the demo seed may replace it", async () => {
    const first = await fingerprint();
    await seedScaleData(OPTIONS);
    expect(await fingerprint()).toBe(first);
    await resetDemoData(db());
    expect(await db().task.count()).toBe(75);
    expect(await db().agency.count()).toBe(93 + 3_068);
  }, 120_000);
});
