import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoSecretFile } from "./demo-secret";
import { loadEnv, publicOrigin } from "./env";

const source = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;
const secret = "x".repeat(40);
const url = "https://theodoi.vpcp.gov.vn";
// Each demo test gets a data folder of its own, where its secret is kept.
const demoData = () => fs.mkdtempSync(path.join(os.tmpdir(), "env-"));

describe("environment", () => {
  it("uses defaults in demo mode: a local address and a secret of the demo's own", () => {
    const DATA_DIR = demoData();
    const env = loadEnv(source({ APP_MODE: "demo", DATA_DIR }));
    expect(env).toMatchObject({ PORT: 3000, usesDemoSecret: true, NEXTAUTH_URL: "http://127.0.0.1:3000" });
    expect(loadEnv(source({ APP_MODE: "demo", DATA_DIR, HOST: "127.0.0.1", PORT: "3200" })).NEXTAUTH_URL).toBe("http://127.0.0.1:3200");
  });

  it("refuses to run without a secret or a public address outside demo mode, saying what to set", () => {
    expect(() => loadEnv(source({ NEXTAUTH_URL: url }))).toThrow(/NEXTAUTH_SECRET is missing/);
    expect(() => loadEnv(source({ NEXTAUTH_SECRET: secret }))).toThrow(/NEXTAUTH_URL: .*required outside demo mode/);
  });

  it("explains bad values in both languages", () => {
    expect(() => loadEnv(source({ PORT: "http", APP_MODE: "demo" }))).toThrow(/PORT/);
    expect(() => loadEnv(source({ DATABASE_URL: "file:./data/tracker.db", APP_MODE: "demo" }))).toThrow(/DATABASE_URL: .*postgresql:\/\//);
    expect(loadEnv(source({ DATABASE_URL: "postgresql://tracker:secret@db.vpcp.local:5432/tracker", APP_MODE: "demo", DATA_DIR: demoData() })).DATABASE_URL).toMatch(/^postgresql:/);
    expect(() => loadEnv(source({ NEXTAUTH_SECRET: "short", NEXTAUTH_URL: url }))).toThrow(/32/);
    expect(() => loadEnv(source({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "ftp://x" }))).toThrow(/NEXTAUTH_URL/);
    expect(() => loadEnv(source({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `${url}/app?x=1` }))).toThrow(/NEXTAUTH_URL/);
  });

  it("takes a real secret and address as given", () => {
    expect(loadEnv(source({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `${url}/` }))).toMatchObject({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, usesDemoSecret: false });
    expect(publicOrigin(source({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "https://TheoDoi.vpcp.gov.vn:443" }))).toBe(url);
  });

  it("moves the clock only in demo mode", () => {
    const production = { NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url };
    expect(loadEnv(source({ APP_MODE: "demo", DATA_DIR: demoData(), APP_CLOCK_OFFSET_DAYS: "2" }))).toMatchObject({ APP_CLOCK_OFFSET_DAYS: 2 });
    expect(() => loadEnv(source({ ...production, APP_CLOCK_OFFSET_DAYS: "2" }))).toThrow(/APP_MODE=demo/);
    expect(() => loadEnv(source({ APP_MODE: "demo", DATA_DIR: demoData(), APP_CLOCK_OFFSET_DAYS: "1.5" }))).toThrow(/APP_CLOCK_OFFSET_DAYS/);
    // Set but empty, or zero, moves nothing and is no reason to refuse to start.
    expect(loadEnv(source({ ...production, APP_CLOCK_OFFSET_DAYS: "" })).APP_CLOCK_OFFSET_DAYS).toBeUndefined();
    expect(loadEnv(source({ ...production, APP_CLOCK_OFFSET_DAYS: "0" })).APP_CLOCK_OFFSET_DAYS).toBe(0);
  });
});

describe("security issue, point 4: the demo is not a master key", () => {
  it("makes a random secret on first run, keeps it beside the database readable by its owner only, and keeps using it", () => {
    const DATA_DIR = demoData();
    const first = loadEnv(source({ APP_MODE: "demo", DATA_DIR })).NEXTAUTH_SECRET;
    const file = demoSecretFile(DATA_DIR);
    expect(path.dirname(file)).toBe(path.resolve(DATA_DIR));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(64);
    expect(fs.readFileSync(file, "utf8")).toBe(first);
    expect(loadEnv(source({ APP_MODE: "demo", DATA_DIR })).NEXTAUTH_SECRET).toBe(first);
    // Another demo, another secret: nothing in the source signs sessions anywhere.
    expect(loadEnv(source({ APP_MODE: "demo", DATA_DIR: demoData() })).NEXTAUTH_SECRET).not.toBe(first);
    expect(fs.readFileSync("lib/env.ts", "utf8")).not.toMatch(/demo-only-secret/);
  });

  it("asks for the public address when the demo is exposed on every interface", () => {
    expect(() => loadEnv(source({ APP_MODE: "demo", DATA_DIR: demoData(), HOST: "0.0.0.0" }))).toThrow(/NEXTAUTH_URL: .*HOST/);
    expect(loadEnv(source({ APP_MODE: "demo", DATA_DIR: demoData(), HOST: "0.0.0.0", NEXTAUTH_URL: "http://192.168.1.10:3000" })).NEXTAUTH_URL).toBe("http://192.168.1.10:3000");
  });
});

describe("security issue, point 1: TRUSTED_PROXIES", () => {
  it("takes addresses and CIDR ranges, and stops with a message naming the variable for anything else", () => {
    const production = { NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url };
    expect(loadEnv(source({ ...production, TRUSTED_PROXIES: "10.0.0.5, 10.1.0.0/16 fd00::/8 loopback" })).TRUSTED_PROXIES).toBeTruthy();
    for (const bad of ["10.0.0.300", "10.0.0.0/33", "proxy.example", "*"]) {
      expect(() => loadEnv(source({ ...production, TRUSTED_PROXIES: bad })), bad).toThrow(/TRUSTED_PROXIES: không đọc được/);
    }
  });
});
