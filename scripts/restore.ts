// npm run db:restore -- FILE [--force]: loads a backup made by npm run db:backup into the database
// (DATABASE_URL, or the local one), creating it when its server has none of that name. A database
// that already holds tables is refused, and left as it was, unless --force says to replace it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { createDatabaseIfMissing, runOnDatabase } from "./database-for-command";
import { pgTool } from "./pg-tools";

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}

const file = process.argv[2];
const force = process.argv.includes("--force");
if (!file || file.startsWith("--") || !fs.existsSync(file)) {
  console.error("Cách dùng / Usage: npm run db:restore -- <tệp sao lưu / backup file> [--force]");
  process.exit(2);
}

runOnDatabase(async (database) => {
  await createDatabaseIfMissing(database.url);
  const tables = await tablesIn(database.url);
  if (tables > 0 && !force) {
    console.error(
      `Cơ sở dữ liệu đích đã có ${tables} bảng; không khôi phục đè lên. Thêm --force để thay thế toàn bộ.\n` +
        `The target database already holds ${tables} tables; nothing was restored. Add --force to replace it all.`,
    );
    return 1;
  }
  const replace = tables > 0 ? ["--clean", "--if-exists"] : [];
  // One transaction: a restore that fails part-way leaves the database as it was.
  execFileSync(pgTool("pg_restore"), ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", ...replace, `--dbname=${database.url}`, file], { stdio: "inherit" });
  console.log(`Đã khôi phục / Restored: ${file}`);
  return 0;
});
