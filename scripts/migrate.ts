// npm run db:migrate: applies the committed migrations with `prisma migrate deploy`, creating the
// database first when its server has none of that name. Each migration is sent as one script, which
// PostgreSQL runs as one transaction: a migration that fails leaves the schema as it was, and is marked
// rolled back so that the next run tries it again.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { createDatabaseIfMissing, runOnDatabase } from "./database-for-command";

const prismaCli = (args: string[]) => spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), ...args], { stdio: "inherit", env: process.env });

/** Migrations the last run started and did not finish. */
async function failedMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`);
    if (!exists.rows[0].exists) return [];
    const rows = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL`);
    return rows.rows.map((row) => row.migration_name as string);
  } finally {
    await client.end();
  }
}

runOnDatabase(async (database) => {
  if (await createDatabaseIfMissing(database.url)) console.log("Đã tạo cơ sở dữ liệu / Database created");
  if (prismaCli(["migrate", "deploy"]).status === 0) {
    console.log(`Cơ sở dữ liệu đã cập nhật / Database is up to date${database.local ? " (local PostgreSQL)" : ""}`);
    return 0;
  }
  for (const name of await failedMigrations(database.url)) prismaCli(["migrate", "resolve", "--rolled-back", name]);
  console.error("Cập nhật cơ sở dữ liệu thất bại; cấu trúc được giữ nguyên như trước.\nThe migration failed; the schema was left as it was before.");
  return 1;
});
