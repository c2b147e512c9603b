// npm run db:backup: the whole database as one pg_dump file in PostgreSQL's custom format, named with
// the moment it was taken (data/backups/tracker-20261205-031500.dump, or the folder BACKUP_DIR names).
// Uses Debian's pg_dump 15, which matches the local server (15.18) and refuses a newer one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "../lib/database/data-dir";
import { runOnDatabase } from "./database-for-command";
import { pgTool } from "./pg-tools";

runOnDatabase(async (database) => {
  const folder = path.resolve(process.env.BACKUP_DIR ?? path.join(dataDir(), "backups"));
  fs.mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const file = path.join(folder, `tracker-${stamp}.dump`);
  execFileSync(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${database.url}`], { stdio: "inherit" });
  console.log(`Đã sao lưu / Backed up: ${file} (${fs.statSync(file).size} bytes)`);
  return 0;
});
