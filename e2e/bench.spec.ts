import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";

// npm run bench -- --quick: the whole benchmark on small data, a second a route, to show it runs and
// reports every route of both datasets. It asserts what it measured was answered, never how fast.
// It uses the build scripts/e2e.ts made (--no-build): rebuilding would pull it from under the other servers.
test("npm run bench -- --quick measures every route of both datasets and writes its results", async () => {
  test.setTimeout(600_000);
  const out = ".tmp/bench-quick/results.json";
  fs.rmSync(out, { force: true });
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/bench.ts", "--quick", "--no-build", "--out", out], { stdio: "pipe", timeout: 590_000 });
  const results = JSON.parse(fs.readFileSync(out, "utf8"));
  expect(results.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(results.machine.cores).toBeGreaterThan(0);
  expect(results.database).toMatch(/^PostgreSQL 15\./);
  expect(results.datasets.map((d: { name: string }) => d.name)).toEqual(["demo", "scale"]);
  for (const dataset of results.datasets) {
    expect(dataset.peakRssMb).toBeGreaterThan(0);
    expect(dataset.routes.length).toBe(21);
    // The ingest ran, stored every accepted event once, and the same batch sent twice at once once.
    expect(dataset.ingest.batches).toBeGreaterThan(0);
    expect(dataset.ingest.errors).toBe(0);
    expect(dataset.ingest.eventsPerSec).toBeGreaterThan(0);
    expect(dataset.ingest.consistent).toBe(true);
    expect(dataset.ingest.duplicateBatchStoredOnce).toBe(true);
    for (const route of dataset.routes) {
      // Every route answered with 200 and a body, at 1 and at 32 connections, without errors.
      expect(route.status, route.route.name).toBe(200);
      expect(route.bytes, route.route.name).toBeGreaterThan(0);
      expect(route.runs.map((r: { connections: number }) => r.connections)).toEqual([1, 32]);
      for (const run of route.runs) {
        expect(run.requests, route.route.name).toBeGreaterThan(0);
        expect(run.errors, route.route.name).toBe(0);
      }
      if (route.route.main) expect(route.firstLoadKb, route.route.name).toBeGreaterThan(50);
    }
  }
  const overview = results.datasets[0].routes.find((r: { route: { name: string } }) => r.route.name === "overview, closed quarter");
  expect(overview.lighthouse.score).toBeGreaterThan(0);
  expect(overview.lighthouse.lcpMs).toBeGreaterThan(0);
});
