// npm run db:seed:scale [-- --agencies N --tasks M --quarters Q --seed S --today YYYY-MM-DD --force]:
// the demo data, then national-scale data beside it (prisma/scale), for the benchmark.
import { MultiBar, Presets, type SingleBar } from "cli-progress";
import { runOnDatabase } from "../scripts/database-for-command";
import { disconnectDb } from "../lib/db";
import { checkDatabase } from "../lib/database/readiness";
import { NonDemoDatabaseError } from "./demo/reset";
import { parseScaleOptions } from "./scale/options";
import { seedScaleData, type Phase } from "./scale/seed-scale-data";

const PHASES: Record<Phase, string> = { units: "Đơn vị / Units", tasks: "Nhiệm vụ / Tasks", quarters: "Quý / Quarters", flows: "Văn bản trên trục / Axis documents" };
const number = (n: number) => n.toLocaleString("vi-VN");

async function main(argv: string[]): Promise<number> {
  const force = argv.includes("--force");
  const options = parseScaleOptions(argv.filter((a) => a !== "--force"));
  const state = await checkDatabase();
  if (state.kind !== "ready") {
    console.error(`Cơ sở dữ liệu chưa sẵn sàng (${state.kind}). Chạy trước: npm run db:migrate\nThe database is not ready (${state.kind}). Run first: npm run db:migrate`);
    return 1;
  }
  const started = Date.now();
  const bars = new MultiBar({ format: " {bar} {percentage}% | {phase} {value}/{total} | {rate} dòng/s · rows/s", hideCursor: true, noTTYOutput: true, notTTYSchedule: 5_000 }, Presets.shades_classic);
  const open = new Map<Phase, SingleBar>();
  try {
    const summary = await seedScaleData({ ...options, force }, {
      start: (phase, total) => open.set(phase, bars.create(total, 0, { phase: PHASES[phase], rate: "0" })),
      advance: (phase, by, rows) => open.get(phase)?.increment(by, { rate: number(Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000))) }),
    });
    bars.stop();
    console.log(`Đã nạp dữ liệu quy mô quốc gia / National-scale data loaded in ${summary.seconds.toFixed(1)} s (${number(Math.round(summary.rows / summary.seconds))} rows/s), as of ${summary.today}`);
    console.log(`  ${number(summary.agencies)} cơ quan, đơn vị / agencies and units; ${number(summary.tasks)} nhiệm vụ / tasks; ${number(summary.changes)} lần cập nhật / status changes`);
    console.log(`  ${number(summary.closed)} quý đã khóa / closed quarters; ${number(summary.records)} dòng số liệu chốt / frozen record rows; ${number(summary.reports)} báo cáo / reports`);
    console.log(`  ${number(summary.documents)} văn bản trên trục / axis documents; ${number(summary.events)} sự kiện trạng thái / status events`);
    console.log(`  Quá hạn hôm nay / overdue today: ${(summary.overdue * 100).toFixed(1).replace(".", ",")}% · Dung lượng / database size: ${summary.size}`);
    return 0;
  } catch (error) {
    bars.stop();
    if (error instanceof NonDemoDatabaseError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

runOnDatabase(async () => {
  try {
    return await main(process.argv.slice(2));
  } finally {
    await disconnectDb();
  }
});
