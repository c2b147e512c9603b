import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, databaseFile } from "./lib/database/database-url";

// Without DATABASE_URL the CLI cannot read the schema and falls back to downloading a native engine,
// which fails offline.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
process.env.CHECKPOINT_DISABLE ||= "1";

// engine "js" runs the schema engine as WebAssembly through the driver adapter, so migrate works
// offline (see shared/STACK.md); Prisma 7 would download a native engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const file = databaseFile(process.env.DATABASE_URL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
