import pg from "pg";
import { db } from "../../lib/db";
import { todayInVietnam, type IsoDate } from "../../lib/domain/dates";
import { CENTRAL_AGENCIES, PROVINCES } from "../demo/agencies";
import { PROGRAMME } from "../demo/build";
import { agencyId } from "../demo/ids";
import { resetDemoData } from "../demo/reset";
import { buildSubunits, type SubunitRow } from "./agencies";
import { writeFlows } from "../flows/write";
import { scaleFlowOptions } from "./flows";
import { batches, insertRows, type Column } from "./load";
import type { ScaleOptions } from "./options";
import { buildProgrammes } from "./programmes";
import { writeQuarter } from "./quarters";
import { seededRandom } from "./random";
import { buildTask, type ChangeRow, type Lead, type TaskRow } from "./tasks";

// The demo data, then national-scale data beside it, for the benchmark: sub-units, programmes with
// their tasks and histories, and every quarter opened, reported on and closed. Deterministic: the
// same options (and day) give the same rows.

export type Phase = "units" | "tasks" | "quarters" | "flows";
export type Progress = { start: (phase: Phase, total: number) => void; advance: (phase: Phase, by: number, rows: number) => void };
export type ScaleSummary = {
  seconds: number; rows: number; agencies: number; tasks: number; changes: number; records: number; closed: number; reports: number;
  /** Share of the scale programmes' tasks (withdrawn ones aside) overdue today. */
  overdue: number; size: string; today: IsoDate; documents: number; events: number;
};

const BATCH = 5_000;
const text = <R>(...names: (keyof R & string)[]): Column<R>[] => names.map((name) => ({ name, type: "text" }));
const UNIT_COLUMNS: Column<SubunitRow>[] = [...text<SubunitRow>("id", "code", "name", "shortName", "nameEn", "searchText", "parentId"), { name: "kind", type: '"AgencyKind"' }];
const TASK_COLUMNS: Column<TaskRow>[] = [
  ...text<TaskRow>("id", "programmeId", "code", "title", "searchText", "leadAgencyId", "assignedOn", "deadline", "deadlineText", "completedOn", "withdrawnOn"),
  { name: "status", type: '"TaskStatus"' }, { name: "withdrawnReason", type: '"WithdrawalReason"' }, { name: "createdAt", type: "timestamptz" }, { name: "updatedAt", type: "timestamptz" },
];
const CHANGE_COLUMNS: Column<ChangeRow>[] = [
  ...text<ChangeRow>("id", "taskId", "effectiveOn", "note", "evidenceNumber", "evidenceDate"),
  { name: "changedAt", type: "timestamptz" }, { name: "fromStatus", type: '"TaskStatus"' }, { name: "toStatus", type: '"TaskStatus"' }, { name: "withdrawnReason", type: '"WithdrawalReason"' },
];
const COOPERATOR_COLUMNS: Column<{ taskId: string; agencyId: string }>[] = text("taskId", "agencyId");

export async function seedScaleData(options: ScaleOptions & { force?: boolean }, progress?: Progress): Promise<ScaleSummary> {
  const started = Date.now();
  // A given day stands for the whole of it (its last second in Vietnam), so a run can be repeated exactly.
  const now = options.today ? new Date(`${options.today}T16:59:59.000Z`) : new Date();
  const today = options.today ?? todayInVietnam(now);
  const random = seededRandom(options.seed);
  await resetDemoData(db(), { force: options.force });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  let rows = 0;
  try {
    const programmes = buildProgrammes(options.quarters, today);
    await db().programme.createMany({ data: programmes.map(({ id, code, slug, title, titleEn, issuedOn, description }) => ({ id, code, slug, title, titleEn, issuedOn, description })) });
    const top = [...CENTRAL_AGENCIES, ...PROVINCES].map((a) => agencyId(a.code));
    await db().actionPlan.createMany({
      data: programmes.flatMap((p) => top.map((agency) => ({ id: `${p.id}-plan-${agency}`, programmeId: p.id, agencyId: agency, issued: random.chance(0.95) }))),
    });

    // Departments and districts before the communes below them: a unit's top-level agency is read from its
    // parent. The demo already has some of these units (its rollout's, seed 001): they stay as they are.
    const subunits = buildSubunits(options.agencies);
    progress?.start("units", subunits.length);
    for (const kind of ["DEPARTMENT", "DISTRICT", "COMMUNE"] as const) {
      for (const batch of batches(subunits.filter((s) => s.kind === kind), BATCH)) {
        rows += await insertRows(client, "Agency", UNIT_COLUMNS, batch, "code");
        progress?.advance("units", batch.length, rows);
      }
    }

    // Who leads: about a third the ministries, a quarter the provinces themselves, the rest their units.
    const leads = {
      central: CENTRAL_AGENCIES.map((a): Lead => ({ id: agencyId(a.code), shortName: a.shortName })),
      provinces: PROVINCES.map((a): Lead => ({ id: agencyId(a.code), shortName: a.shortName })),
      units: subunits.map((s): Lead => ({ id: s.id, shortName: s.shortName })),
    };
    const pickLead = () => {
      const r = random.float();
      return random.pick(r < 0.35 ? leads.central : r < 0.6 || leads.units.length === 0 ? leads.provinces : leads.units);
    };
    progress?.start("tasks", options.tasks);
    let assigned = 0;
    for (const [index, programme] of programmes.entries()) {
      const count = index === programmes.length - 1 ? options.tasks - assigned : Math.round(options.tasks * programme.share);
      assigned += count;
      for (let from = 0; from < count; from += BATCH) {
        const tasks: TaskRow[] = [];
        const changes: ChangeRow[] = [];
        const cooperators: { taskId: string; agencyId: string }[] = [];
        for (let i = from; i < Math.min(count, from + BATCH); i++) {
          const lead = pickLead();
          const built = buildTask(programme, i, lead, random, today, now);
          tasks.push(built.task);
          changes.push(...built.changes);
          const helper = random.pick(leads.central);
          if (random.chance(0.1) && helper.id !== lead.id) cooperators.push({ taskId: built.task.id, agencyId: helper.id });
        }
        await client.query("BEGIN");
        await insertRows(client, "Task", TASK_COLUMNS, tasks);
        await insertRows(client, "TaskStatusChange", CHANGE_COLUMNS, changes);
        await insertRows(client, "TaskCooperator", COOPERATOR_COLUMNS, cooperators);
        await client.query("COMMIT");
        rows += tasks.length + changes.length + cooperators.length;
        progress?.advance("tasks", tasks.length, rows);
      }
    }

    const quarters = programmes.flatMap((p) => [...p.closed.map((q) => ({ p, q })), { p, q: p.open }]);
    progress?.start("quarters", quarters.length);
    for (const { p, q } of quarters) {
      rows += (await writeQuarter(db(), p, q, top, random, today)) + top.length;
      progress?.advance("quarters", 1, rows);
    }

    // A year of the national axis up to today, between every agency and unit (the hub more often).
    progress?.start("flows", options.documents);
    const flows = await writeFlows(
      (sql, values) => client.query(sql, values),
      async <T>(sql: string) => (await client.query(sql)).rows as T[],
      { ...scaleFlowOptions(random, subunits, today), documents: options.documents, deliveries: options.deliveries, seed: options.seed },
      (chunk) => {
        rows += chunk.documents.length + chunk.deliveries.length + chunk.events.length;
        progress?.advance("flows", chunk.documents.length, rows);
      },
    );

    await client.query("ANALYZE");
    await db().appMeta.update({ where: { key: "dataset" }, data: { value: "scale" } });
    const { size } = (await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0];
    const counts = (await client.query(`
      SELECT (SELECT count(*) FROM "Agency")::int AS agencies, (SELECT count(*) FROM "Task")::int AS tasks,
             (SELECT count(*) FROM "TaskStatusChange")::int AS changes, (SELECT count(*) FROM "PeriodTaskRecord")::int AS records,
             (SELECT count(*) FROM "ReportingPeriod" WHERE "state" = 'CLOSED')::int AS closed, (SELECT count(*) FROM "AgencyReport")::int AS reports,
             (SELECT count(*) FILTER (WHERE "deadline" < $1 AND "status" NOT IN ('COMPLETED', 'WITHDRAWN'))::float
                     / NULLIF(count(*) FILTER (WHERE "status" <> 'WITHDRAWN'), 0) FROM "Task" WHERE "programmeId" <> $2) AS overdue`,
      [today, PROGRAMME.id])).rows[0];
    return { seconds: (Date.now() - started) / 1000, rows, size, today, documents: flows.documents, events: flows.events, ...counts };
  } finally {
    await client.end();
  }
}
