import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Migrates one template database with the real migrations through the real Prisma CLI; each test
 * file then works on its own copy of it (test/per-file-database.ts).
 */
export default function setup(project: TestProject) {
  // Two runs at the same time on one checkout each name their own folder.
  const dir = path.resolve(process.env.VITEST_DB_DIR ?? ".tmp/vitest");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("templateDatabase", template);
}
