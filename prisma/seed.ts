// npm run db:seed [-- --force]: loads the demo data (prisma/demo) into the database.
import { runOnDatabase } from "../scripts/database-for-command";
import { db, disconnectDb } from "../lib/db";
import { checkDatabase } from "../lib/database/readiness";
import { getLatestPeriods, periodBasis } from "../lib/data/periods";
import { getStatusCounts } from "../lib/data/progress";
import { quarterLabel } from "../lib/domain/quarter";
import { completionRate, formatRate } from "../lib/domain/rate";
import { PROGRAMME } from "./demo/build";
import { NonDemoDatabaseError, resetDemoData } from "./demo/reset";

async function main(): Promise<number> {
  const state = await checkDatabase();
  if (state.kind !== "ready") {
    console.error(
      `Cơ sở dữ liệu chưa sẵn sàng (${state.kind}). Chạy trước: npm run db:migrate\n` +
        `The database is not ready (${state.kind}). Run first: npm run db:migrate`,
    );
    return 1;
  }
  try {
    await resetDemoData(db(), { force: process.argv.includes("--force") });
  } catch (error) {
    if (error instanceof NonDemoDatabaseError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const programme = await db().programme.findUniqueOrThrow({ where: { code: PROGRAMME.code } });
  console.log("Đã nạp dữ liệu mẫu / Demo data loaded");
  for (const period of await getLatestPeriods(programme.id, 2)) {
    const counts = await getStatusCounts(periodBasis(period), period.endsOn);
    console.log(`  ${quarterLabel(period, "vi")}: ${formatRate(completionRate(counts.completed, counts.assigned), "vi")}`);
  }
  return 0;
}

runOnDatabase(async () => {
  try {
    return await main();
  } catch (error) {
    console.error("Nạp dữ liệu mẫu thất bại; cơ sở dữ liệu giữ nguyên. / Seeding failed; the database is unchanged.");
    console.error(error);
    return 1;
  } finally {
    await disconnectDb();
  }
});
