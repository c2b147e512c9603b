import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/database/database-url";

// Only for `npm run demo`: a fixed secret is fine for a demo on one machine and nowhere else.
const DEMO_SECRET = "demo-only-secret-change-me-before-any-real-use-36a";

const EnvSchema = z.object({
  DATABASE_URL: z.string().startsWith("file:", "DATABASE_URL phải là đường dẫn SQLite dạng file:./data/tracker.db").default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_MODE: z.enum(["production", "demo"]).default("production"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET cần ít nhất 32 ký tự / needs at least 32 characters").optional(),
  // Demo mode only (lib/clock.ts): moves the application's clock by whole days, for the browser tests.
  APP_CLOCK_OFFSET_DAYS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int("APP_CLOCK_OFFSET_DAYS là số ngày nguyên / whole days").min(-3650).max(3650).optional(),
  ),
}).refine((env) => !env.APP_CLOCK_OFFSET_DAYS || env.APP_MODE === "demo", {
  path: ["APP_CLOCK_OFFSET_DAYS"],
  message: "chỉ dùng được khi APP_MODE=demo / only allowed when APP_MODE=demo",
});

export type Env = z.infer<typeof EnvSchema> & { NEXTAUTH_SECRET: string; usesDemoSecret: boolean };

/** Reads and checks the environment; a missing secret is an error except in demo mode. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Cấu hình môi trường không hợp lệ / Invalid environment:\n${problems}`);
  }
  const env = parsed.data;
  if (env.NEXTAUTH_SECRET) return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET, usesDemoSecret: false };
  if (env.APP_MODE === "demo") return { ...env, NEXTAUTH_SECRET: DEMO_SECRET, usesDemoSecret: true };
  throw new Error(
    "Thiếu NEXTAUTH_SECRET (ít nhất 32 ký tự), ví dụ: openssl rand -base64 48\n" +
      "NEXTAUTH_SECRET is missing (32 characters or more), e.g. from: openssl rand -base64 48",
  );
}
