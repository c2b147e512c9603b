// Writes the demo dataset into a database, replacing what is there, in one transaction: a failure
// leaves the database exactly as it was.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { freezePeriodRecord } from "../../lib/data/period-record";
import { buildDemoDataset } from "./build";
import { seedFlows } from "./flows";
import { seedIndicators } from "./indicators";
import { seedRollout } from "./rollout";
import { buildDemoUsers } from "./users";

export const DEMO_MARKER = { key: "dataset", value: "demo" };
/** Datasets the seeds wrote, which a seed may therefore replace: the demo, and the demo with the scale data. */
const SEEDED = new Set(["demo", "scale"]);

/** Every table of the data; what a reset empties (not the migrations' own table). */
export const DATA_TABLES = [
  "Programme", "Agency", "Task", "TaskCooperator", "TaskStatusChange", "ReportingPeriod", "PeriodEvent", "AgencyReport",
  "AgencyReportEvent", "AgencyReportItem", "AgencyReportDraft", "PeriodTaskRecord", "ActionPlan", "User", "Session", "SignInAttempt",
  "AuditEntry", "ApiToken", "AppMeta", "RateLimitWindow", "RolloutMilestone", "AxisDocument", "AxisDelivery", "AxisEvent",
  "AxisFlowDay", "AxisDurationMonth", "OnlineServiceCount", "EgdiSurvey", "ProgrammeTarget",
] as const;

export class NonDemoDatabaseError extends Error {
  constructor(readonly rows: number) {
    super(
      `Cơ sở dữ liệu đang chứa ${rows} bản ghi không phải dữ liệu mẫu; không nạp dữ liệu mẫu để tránh mất dữ liệu. ` +
        `Nếu chắc chắn muốn xoá và nạp lại, chạy: npm run db:seed -- --force\n` +
        `The database holds ${rows} rows that are not demo data; the demo seed will not overwrite them. ` +
        `To erase them and load the demo anyway, run: npm run db:seed -- --force`,
    );
    this.name = "NonDemoDatabaseError";
  }
}

/** Refuses a database that holds rows and was not written by this seed, unless forced. */
export async function assertSeedable(prisma: PrismaClient, force: boolean): Promise<void> {
  const marker = await prisma.appMeta.findUnique({ where: { key: DEMO_MARKER.key } });
  if ((marker && SEEDED.has(marker.value)) || force) return;
  const [programmes, agencies, tasks, users] = await Promise.all([
    prisma.programme.count(),
    prisma.agency.count(),
    prisma.task.count(),
    prisma.user.count(),
  ]);
  const rows = programmes + agencies + tasks + users;
  if (rows > 0) throw new NonDemoDatabaseError(rows);
}

export async function resetDemoData(prisma: PrismaClient, { force = false, flows = process.env.DEMO_FLOWS !== "off" } = {}): Promise<void> {
  await assertSeedable(prisma, force);
  const data = buildDemoDataset();
  const users = await buildDemoUsers();
  await prisma.$transaction(
    async (tx) => {
      // The history is append-only; this setting, for this transaction only, is the one sanctioned way to
      // clear it (prisma/migrations/*_baseline).
      await tx.$executeRaw`SELECT set_config('tracker.history_purge', 'on', true)`;
      // One TRUNCATE, not a DELETE per table: the scale data's millions of rows go in a moment.
      await tx.$executeRawUnsafe(`TRUNCATE ${DATA_TABLES.map((table) => `"${table}"`).join(", ")}`);

      await tx.programme.create({ data: data.programme });
      await tx.agency.createMany({ data: data.agencies });
      await tx.task.createMany({ data: data.tasks.map((task) => ({ ...task, mergedIntoId: null })) });
      for (const task of data.tasks.filter((t) => t.mergedIntoId)) {
        await tx.task.update({ where: { id: task.id }, data: { mergedIntoId: task.mergedIntoId, updatedAt: task.updatedAt } });
      }
      await tx.taskCooperator.createMany({ data: data.cooperators });
      await tx.taskStatusChange.createMany({ data: data.history });
      await tx.actionPlan.createMany({ data: data.actionPlans });
      await tx.user.createMany({ data: users });
      // Each quarter is opened, reported on, and closed by the same code an analyst's "close quarter"
      // runs, as of its last day: reports are written while their quarter is open, as the database requires.
      for (const { closedAt, ...period } of data.periods) {
        await tx.reportingPeriod.create({ data: { ...period, state: "OPEN" } });
        await tx.periodEvent.create({ data: { id: `pev-${period.id}-1`, periodId: period.id, kind: "OPENED", at: period.openedAt } });
        const reports = data.reporting.reports.filter((r) => r.periodId === period.id);
        const events = data.reporting.events.filter((e) => reports.some((r) => r.id === e.reportId));
        await tx.agencyReport.createMany({ data: reports });
        await tx.agencyReportEvent.createMany({ data: events });
        await tx.agencyReportItem.createMany({ data: data.reporting.items.filter((i) => events.some((e) => e.id === i.eventId)) });
        await freezePeriodRecord(tx, period.id, closedAt, null);
        await tx.periodEvent.create({ data: { id: `pev-${period.id}-2`, periodId: period.id, kind: "CLOSED", at: closedAt } });
      }
      // Document interconnection and e-government indicators (issue 15), each part from its own rows.
      await seedRollout(tx);
      await seedIndicators(tx);
      if (flows) await seedFlows(tx);

      await tx.appMeta.upsert({
        where: { key: DEMO_MARKER.key },
        create: DEMO_MARKER,
        update: { value: DEMO_MARKER.value },
      });
    },
    // The axis's 800 thousand generated events take most of it.
    { timeout: 300_000, maxWait: 10_000 },
  );
}
