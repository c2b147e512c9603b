import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";

// Runs before each test file: a fresh copy of the migrated template, so no file sees another's rows.
const file = path.join(path.dirname(inject("templateDatabase")), `${randomUUID()}.db`);
fs.copyFileSync(inject("templateDatabase"), file);
process.env.DATABASE_URL = `file:${file}`;
// Outside demo mode the public address is required (lib/env.ts); tests that switch modes need one.
process.env.NEXTAUTH_URL ??= "http://127.0.0.1:3000";

afterAll(async () => {
  await disconnectDb();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
