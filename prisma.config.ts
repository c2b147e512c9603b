import path from "node:path";
import { defineConfig } from "prisma/config";
import { pgAdapterFactory } from "./lib/database/pg-adapter";

// The CLI reads the schema (which names env("DATABASE_URL")) even to generate the client; a command
// that connects is run through our scripts, which set the real address first (npm run db:migrate).
process.env.DATABASE_URL ||= "postgresql://unset@127.0.0.1:1/unset";
process.env.CHECKPOINT_DISABLE ||= "1";

// engine "js" runs the schema engine as WebAssembly through the driver adapter, so migrate works
// offline (see shared/STACK.md); Prisma 7 would download a native engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // The pool connects only when a command needs the database (the placeholder then fails to connect).
  async adapter() {
    return pgAdapterFactory(process.env.DATABASE_URL!, { max: 2 });
  },
});
