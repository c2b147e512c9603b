// npm run bench [-- --quick] [-- --duration S] [-- --no-lighthouse] [-- --out FILE]: the production
// server on a fresh database, the demo data then the national-scale data, each route driven by
// autocannon at 1 and 32 connections beside two baselines measured in the same run (a static file
// and the trivial signed-in page), with first-load JavaScript and Lighthouse for the main pages, and
// the document-events ingest's events a second (scripts/bench/ingest.ts).
// Prints a table per dataset and writes bench/results.json. Not a test: nothing here fails on a timing.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startLocalPostgres } from "../lib/database/local-postgres";
import { disconnectDb } from "../lib/db";
import { benchAccount } from "./bench/account";
import { buildIfNeeded } from "./bench/build";
import { firstLoadJs, responseSize } from "./bench/first-load";
import { audit } from "./bench/lighthouse";
import { measureIngest } from "./bench/ingest";
import { load, type LoadResult } from "./bench/load";
import { summarise } from "./bench/profile";
import { parseBenchOptions, type BenchOptions } from "./bench/options";
import { printDataset, verdict, type DatasetResult, type RouteResult } from "./bench/report";
import { benchRoutes, discoverDataset, type Route } from "./bench/routes";
import { signIn, startServer, type RunningServer } from "./bench/server";

const RATE_LIMIT = "1000000";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  execFileSync(command, args, { stdio: "inherit", env });
}

async function measureDataset(name: string, description: string, databaseUrl: string, options: BenchOptions, lighthouse: "all" | "overview" | "none"): Promise<DatasetResult> {
  const account = await benchAccount();
  const profiles = path.resolve(`.tmp/bench/profiles/${name}`);
  fs.rmSync(profiles, { recursive: true, force: true });
  const server = await startServer(databaseUrl, randomBytes(32).toString("hex"), { API_RATE_LIMIT_PER_MINUTE: RATE_LIMIT, ...(options.profile ? { CPU_PROFILE_DIR: profiles } : {}) });
  try {
    const cookie = await signIn(server.base, account.username, account.password);
    const dataset = await discoverDataset(databaseUrl);
    console.log(`\n[bench] ${name}: programme ${dataset.programme}, closed quarter ${dataset.closed}, province ${dataset.province}, server ${server.base}`);
    const headersFor = (route: Route): Record<string, string> =>
      route.auth === "session" ? { cookie } : route.auth === "token" ? { authorization: `Bearer ${account.token}` } : {};
    const routes: RouteResult[] = [];
    // --only takes one text or several, comma-separated ("flows,ingest").
    const only = options.only?.split(",").filter(Boolean) ?? null;
    const wanted = (route: Route) => !only || only.some((part) => route.name.includes(part)) || route.path === "/icon.svg" || route.path === "/about";
    for (const route of benchRoutes(dataset).filter(wanted)) {
      const headers = headersFor(route);
      // Once to warm the route (its chunks loaded, its plans cached), and to weigh the answer.
      await responseSize(server.base, route.path, headers);
      const { status, bytes } = await responseSize(server.base, route.path, headers);
      const runs = [];
      for (const connections of options.connections) runs.push(await load(`${server.base}${route.path}`, headers, connections, options.duration));
      const result: RouteResult = { route, status, bytes, runs };
      if (options.profile) result.profile = await profiled(server, () => load(`${server.base}${route.path}`, headers, Math.max(...options.connections), options.duration));
      if (route.main) result.firstLoadKb = (await firstLoadJs(server.base, route.path, headers)).kB;
      if (route.main && (lighthouse === "all" || (lighthouse === "overview" && route.path.startsWith("/?")))) {
        result.lighthouse = await auditOrSay(`${server.base}${route.path}`, route.auth === "session" ? cookie : undefined);
      }
      const last = runs[runs.length - 1];
      console.log(`[bench]   ${route.name}: ${status}, ${bytes.toLocaleString("en-US")} B, ${last.reqPerSec.toFixed(1)} req/s at ${last.connections}, p95 ${last.p95} ms${last.errors ? `, ${last.errors} errors` : ""}`);
      routes.push(result);
    }
    // Last: its documents would otherwise be in the pages measured above.
    const ingest = !only || only.some((part) => "ingest".includes(part)) ? await measureIngest(server.base, databaseUrl, 4, options.duration) : undefined;
    if (ingest) console.log(`[bench]   ingest: ${ingest.eventsPerSec.toLocaleString("en-US")} events/s, ${ingest.errors} errors`);
    return { name, description, peakRssMb: server.peakRssMb(), routes, ingest };
  } finally {
    await server.stop();
  }
}

/** Lighthouse's audit, once more if its trace failed (NO_NAVSTART happens); a second failure is reported, not fatal. */
async function auditOrSay(url: string, cookie: string | undefined): Promise<RouteResult["lighthouse"]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, cookie);
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      if (attempt === 2) {
        console.error(`[bench] Lighthouse failed twice on ${url}: ${message}`);
        return undefined;
      }
    }
  }
}

/** One more run of the route's load with the server's CPU profiler on (SIGUSR2 starts and stops it). */
async function profiled(server: RunningServer, work: () => Promise<LoadResult>): Promise<RouteResult["profile"]> {
  const written = () => [...server.log().matchAll(/\[profile\] (\S+)/g)].map((m) => m[1]);
  const before = written().length;
  process.kill(server.pid, "SIGUSR2");
  await new Promise((resolve) => setTimeout(resolve, 200));
  const run = await work();
  process.kill(server.pid, "SIGUSR2");
  for (let i = 0; i < 100 && written().length === before; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const file = written()[before];
  if (!file) throw new Error("The server wrote no profile (is CPU_PROFILE_DIR set?)");
  const summary = summarise(file);
  return { ...summary, cpuMsPerRequest: run.requests ? summary.busyMs / run.requests : 0 };
}

async function databaseFacts(databaseUrl: string): Promise<{ version: string; sizeMb: number; tasks: number; agencies: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; size: string; tasks: number; agencies: number }>(
      `SELECT version() AS version, pg_database_size(current_database())::text AS size, (SELECT count(*)::int FROM "Task") AS tasks, (SELECT count(*)::int FROM "Agency") AS agencies`,
    );
    return { version: rows[0].version, sizeMb: Math.round(Number(rows[0].size) / 1048576), tasks: rows[0].tasks, agencies: rows[0].agencies };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.lighthouse) run("bash", ["scripts/ensure-tools.sh"], process.env);
  if (options.build) buildIfNeeded();
  else if (!fs.existsSync(".next/BUILD_ID")) throw new Error("--no-build: there is no build; run npm run build first");
  const dir = path.resolve(options.quick ? ".tmp/bench-quick/data" : ".tmp/bench/data");
  fs.rmSync(dir, { recursive: true, force: true });
  const postgres = await startLocalPostgres(dir, { quiet: true });
  const env = { ...process.env, DATABASE_URL: postgres.url, DATA_DIR: dir };
  process.env.DATABASE_URL = postgres.url;
  const datasets: DatasetResult[] = [];
  try {
    run("npx", ["tsx", "scripts/migrate.ts"], env);
    run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], env);
    const demo = await databaseFacts(postgres.url);
    datasets.push(await measureDataset("demo", `the demo data (${demo.tasks} tasks, ${demo.agencies} agencies, ${demo.sizeMb} MB)`, postgres.url, options, options.lighthouse ? (options.quick ? "overview" : "all") : "none"));
    run("npx", ["tsx", "--conditions=react-server", "prisma/seed-scale.ts", ...options.scaleArgs], env);
    const scale = await databaseFacts(postgres.url);
    datasets.push(
      await measureDataset("scale", `npm run db:seed:scale ${options.scaleArgs.join(" ")} (${scale.tasks.toLocaleString("en-US")} tasks, ${scale.agencies.toLocaleString("en-US")} agencies, ${scale.sizeMb} MB)`, postgres.url, options, options.lighthouse && !options.quick ? "all" : "none"),
    );
    for (const data of datasets) printDataset(data);
    console.log(`\nThe API was called with a token whose limit was raised for this run: API_RATE_LIMIT_PER_MINUTE=${RATE_LIMIT} (300 by default).`);

    const cpus = os.cpus();
    const results = {
      at: new Date().toISOString(),
      commit: execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim(),
      dirty: execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "",
      machine: { cores: cpus.length, cpu: cpus[0]?.model ?? "", memoryMb: Math.round(os.totalmem() / 1048576), node: process.version },
      database: scale.version,
      options: { quick: options.quick, secondsPerRun: options.duration, connections: options.connections, scale: options.scaleArgs, apiRateLimitPerMinute: Number(RATE_LIMIT) },
      datasets: datasets.map((data) => ({
        ...data,
        routes: data.routes.map((r) => ({
          ...r,
          missed: verdict(r, data.routes.find((x) => x.route.path === "/icon.svg"), data.routes.find((x) => x.route.path === "/about"), data.peakRssMb),
        })),
      })),
    };
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWritten: ${options.out}`);
  } finally {
    await disconnectDb();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
