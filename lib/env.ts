import { z } from "zod";
import { dataDir } from "@/lib/database/data-dir";
import { demoSecret } from "@/lib/demo-secret";
import { compileTrustedProxies } from "@/lib/http/client-address";

const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

const publicUrl = z
  .url({ protocol: /^https?$/, error: "NEXTAUTH_URL phải là địa chỉ http(s)://… / must be an http(s):// address" })
  .refine((value) => {
    const url = new URL(value);
    return (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username;
  }, "NEXTAUTH_URL chỉ gồm giao thức, tên máy và cổng, ví dụ https://theodoi.vpcp.gov.vn / scheme, host and port only");

const EnvSchema = z
  .object({
    // The production server; unset, npm start and the scripts start the local one (lib/database/local-postgres.ts).
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL phải là địa chỉ PostgreSQL dạng postgresql://người-dùng:mật-khẩu@máy:5432/tên / must be postgresql://user:password@host:5432/name")
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().trim().min(1).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().trim().min(1).optional(),
    APP_MODE: z.enum(["production", "demo"]).default("production"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET cần ít nhất 32 ký tự / needs at least 32 characters").optional(),
    // The address readers use (behind the proxy): next-auth builds its links from it, the API compares
    // a session write's Origin with it, and https here turns on Secure cookies and HSTS.
    NEXTAUTH_URL: publicUrl.optional(),
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          compileTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({
            code: "custom",
            message: `không đọc được (${error instanceof Error ? error.message : error}); cần địa chỉ IP hoặc dải CIDR cách nhau bởi dấu phẩy / not a list of addresses or CIDR ranges`,
          });
        }
      }),
    // Requests a minute an API caller may make (lib/api/rate-limit.ts); raised for the benchmark's run.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).optional(),
    // Demo mode only (lib/clock.ts): moves the application's clock by whole days, for the browser tests.
    APP_CLOCK_OFFSET_DAYS: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce.number().int("APP_CLOCK_OFFSET_DAYS là số ngày nguyên / whole days").min(-3650).max(3650).optional(),
    ),
  })
  .refine((env) => !env.APP_CLOCK_OFFSET_DAYS || env.APP_MODE === "demo", {
    path: ["APP_CLOCK_OFFSET_DAYS"],
    message: "chỉ dùng được khi APP_MODE=demo / only allowed when APP_MODE=demo",
  })
  .refine((env) => env.NEXTAUTH_URL || env.APP_MODE === "demo", {
    path: ["NEXTAUTH_URL"],
    message: "bắt buộc khi chạy thật: địa chỉ người dùng mở, ví dụ https://theodoi.vpcp.gov.vn / required outside demo mode: the address readers open",
  })
  .refine((env) => env.NEXTAUTH_URL || !env.HOST || !WILDCARD_HOSTS.has(env.HOST), {
    path: ["NEXTAUTH_URL"],
    message: "cần đặt khi mở bản demo ra mạng (HOST=…), ví dụ http://192.168.1.10:3000 / set it when exposing the demo (HOST=…)",
  });

export type Env = z.infer<typeof EnvSchema> & { NEXTAUTH_SECRET: string; NEXTAUTH_URL: string; usesDemoSecret: boolean };

/**
 * Reads and checks the environment. Outside demo mode a secret and the public address are required;
 * in demo mode a missing secret is generated once and kept beside the database (lib/demo-secret.ts),
 * and the address is derived from where the demo listens.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Cấu hình môi trường không hợp lệ / Invalid environment:\n${problems}`);
  }
  const env = parsed.data;
  const host = env.HOST?.includes(":") && !env.HOST.startsWith("[") ? `[${env.HOST}]` : (env.HOST ?? "127.0.0.1");
  const url = (env.NEXTAUTH_URL ?? `http://${host}:${env.PORT}`).replace(/\/$/, "");
  if (env.NEXTAUTH_SECRET) return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET, NEXTAUTH_URL: url, usesDemoSecret: false };
  if (env.APP_MODE === "demo") return { ...env, NEXTAUTH_SECRET: demoSecret(dataDir(source)), NEXTAUTH_URL: url, usesDemoSecret: true };
  throw new Error(
    "Thiếu NEXTAUTH_SECRET (ít nhất 32 ký tự), ví dụ: openssl rand -base64 48\n" +
      "NEXTAUTH_SECRET is missing (32 characters or more), e.g. from: openssl rand -base64 48",
  );
}

/** The origin readers use, "https://theodoi.vpcp.gov.vn": what a session's write must come from. */
export function publicOrigin(source: NodeJS.ProcessEnv = process.env): string {
  return new URL(loadEnv(source).NEXTAUTH_URL).origin;
}

/** Served over https (behind the proxy): cookies are Secure and browsers are told to stay on https. */
export function servedOverHttps(source: NodeJS.ProcessEnv = process.env): boolean {
  return publicOrigin(source).startsWith("https:");
}
