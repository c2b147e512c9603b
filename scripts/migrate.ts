// npm run db:migrate: applies the committed migrations with `prisma migrate deploy`, and if that fails,
// puts the database back exactly as it was (a copy is taken first), so a failed migration never
// leaves a half-migrated file behind.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "../lib/database/database-url";
import { refoldSearchText } from "./refold-search-text";

async function main(): Promise<number> {
  const file = databaseFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file);
  const backup = `${file}.before-migrate`;
  if (existed) {
    const connection = new Database(file, { fileMustExist: true });
    await connection.backup(backup);
    connection.close();
  }
  const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status === 0) {
    fs.rmSync(backup, { force: true });
    const refolded = refoldSearchText(file);
    if (refolded > 0) console.log(`Đã cập nhật chỉ mục tìm kiếm / Search text refreshed: ${refolded}`);
    console.log(`Cơ sở dữ liệu đã cập nhật / Database is up to date: ${file}`);
    return 0;
  }
  // A journal left by the failed run would be replayed onto the restored copy and corrupt it.
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  if (existed) fs.renameSync(backup, file);
  else fs.rmSync(file, { force: true });
  console.error(
    `Cập nhật cơ sở dữ liệu thất bại; cơ sở dữ liệu được giữ nguyên như trước.\n` +
      `The migration failed; the database was left as it was before: ${file}`,
  );
  return 1;
}

main().then((code) => process.exit(code));
