import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

describe("environment", () => {
  it("uses defaults and a demo secret only in demo mode", () => {
    const env = loadEnv({ APP_MODE: "demo" } as unknown as NodeJS.ProcessEnv);
    expect(env).toMatchObject({ DATABASE_URL: "file:./data/tracker.db", PORT: 3000, usesDemoSecret: true });
  });

  it("refuses to run without a secret outside demo mode, saying what to set", () => {
    expect(() => loadEnv({} as unknown as NodeJS.ProcessEnv)).toThrow(/NEXTAUTH_SECRET is missing/);
  });

  it("explains bad values in both languages", () => {
    expect(() => loadEnv({ PORT: "http", APP_MODE: "demo" } as unknown as unknown as NodeJS.ProcessEnv)).toThrow(/PORT/);
    expect(() => loadEnv({ DATABASE_URL: "postgres://x", APP_MODE: "demo" } as unknown as unknown as NodeJS.ProcessEnv)).toThrow(/file:/);
    expect(() => loadEnv({ NEXTAUTH_SECRET: "short" } as unknown as unknown as NodeJS.ProcessEnv)).toThrow(/32/);
  });

  it("takes a real secret as given", () => {
    const secret = "x".repeat(40);
    expect(loadEnv({ NEXTAUTH_SECRET: secret } as unknown as unknown as NodeJS.ProcessEnv)).toMatchObject({ NEXTAUTH_SECRET: secret, usesDemoSecret: false });
  });

  it("moves the clock only in demo mode", () => {
    expect(loadEnv({ APP_MODE: "demo", APP_CLOCK_OFFSET_DAYS: "2" } as unknown as NodeJS.ProcessEnv)).toMatchObject({ APP_CLOCK_OFFSET_DAYS: 2 });
    expect(() => loadEnv({ NEXTAUTH_SECRET: "x".repeat(40), APP_CLOCK_OFFSET_DAYS: "2" } as unknown as NodeJS.ProcessEnv)).toThrow(/APP_MODE=demo/);
    expect(() => loadEnv({ APP_MODE: "demo", APP_CLOCK_OFFSET_DAYS: "1.5" } as unknown as NodeJS.ProcessEnv)).toThrow(/APP_CLOCK_OFFSET_DAYS/);
    // Set but empty, or zero, moves nothing and is no reason to refuse to start.
    expect(loadEnv({ NEXTAUTH_SECRET: "x".repeat(40), APP_CLOCK_OFFSET_DAYS: "" } as unknown as NodeJS.ProcessEnv).APP_CLOCK_OFFSET_DAYS).toBeUndefined();
    expect(loadEnv({ NEXTAUTH_SECRET: "x".repeat(40), APP_CLOCK_OFFSET_DAYS: "0" } as unknown as NodeJS.ProcessEnv).APP_CLOCK_OFFSET_DAYS).toBe(0);
  });
});
