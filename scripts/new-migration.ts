// npm run db:migration:new -- <name>: writes a new migration offline by diffing the schema committed at
// HEAD against the working schema (Prisma's shadow-database diff does not run offline; STACK.md). The
// schema engine asks a server for its version, so the local one runs for the command when no
// DATABASE_URL is given; nothing is written to it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runOnDatabase } from "./database-for-command";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <snake_case_name>");
  process.exit(2);
}

runOnDatabase(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
  const previous = path.join(tmp, "previous.prisma");
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  const sql = execFileSync(
    process.execPath,
    [require.resolve("prisma/build/index.js"), "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { encoding: "utf8", env: process.env },
  );
  if (sql.trim() === "" || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.error("prisma/schema.prisma is the same as at HEAD: nothing to migrate.");
    return 1;
  }
  // After every migration there is, even one stamped ahead of this clock: they apply in name order.
  const folder = path.join("prisma", "migrations");
  const stamps = fs.existsSync(folder) ? fs.readdirSync(folder).map((entry) => entry.slice(0, 14)).filter((s) => /^\d{14}$/.test(s)) : [];
  const latest = stamps.sort().at(-1);
  const latestAt = latest ? Date.UTC(+latest.slice(0, 4), +latest.slice(4, 6) - 1, +latest.slice(6, 8), +latest.slice(8, 10), +latest.slice(10, 12), +latest.slice(12, 14)) : 0;
  const stamp = new Date(Math.max(Date.now(), latestAt + 1000)).toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${dir}/migration.sql. Review it, then run: npm run db:migrate`);
  return 0;
});
