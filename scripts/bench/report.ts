import type { IngestResult } from "./ingest";
import type { LoadResult } from "./load";
import type { Route } from "./routes";
import type { LighthouseResult } from "./lighthouse";
import type { ProfileSummary } from "./profile";

export type RouteResult = { route: Route; bytes: number; status: number; runs: LoadResult[]; firstLoadKb?: number; lighthouse?: LighthouseResult; profile?: ProfileSummary & { cpuMsPerRequest: number } };
export type DatasetResult = { name: string; description: string; peakRssMb: number; routes: RouteResult[]; ingest?: IngestResult };

const n = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A route's ratio to a baseline, at the same number of connections. */
export function ratio(result: RouteResult, baseline: RouteResult | undefined, connections: number): number | null {
  const mine = result.runs.find((r) => r.connections === connections);
  const base = baseline?.runs.find((r) => r.connections === connections);
  return mine && base && base.reqPerSec > 0 ? mine.reqPerSec / base.reqPerSec : null;
}

/** Whether the route meets the issue's targets at 32 connections (ratio, p95 ≤ 250 ms, no errors, ≤ 1 MB). */
export function verdict(result: RouteResult, staticFile: RouteResult | undefined, trivial: RouteResult | undefined, peak: number): string[] {
  const misses: string[] = [];
  const run = result.runs.find((r) => r.connections === Math.max(...result.runs.map((x) => x.connections)));
  if (!run) return misses;
  const baseline = result.route.path === "/about" ? staticFile : trivial;
  const r = ratio(result, baseline, run.connections);
  if (result.route.target && r !== null && r < result.route.target) misses.push(`ratio ${r.toFixed(2)} < ${result.route.target}`);
  if (run.p95 > 250) misses.push(`p95 ${run.p95} ms > 250`);
  if (run.errors > 0) misses.push(`${run.errors} errors`);
  if (result.bytes > 1_000_000) misses.push(`${n(result.bytes / 1e6, 1)} MB > 1 MB`);
  if (peak >= 500) misses.push(`server ${peak} MB ≥ 500`);
  return misses;
}

export function printDataset(data: DatasetResult): void {
  const staticFile = data.routes.find((r) => r.route.path === "/icon.svg");
  const trivial = data.routes.find((r) => r.route.path === "/about");
  console.log(`\n## ${data.name}: ${data.description}\n`);
  console.log("| route | conn | req/s | p50 ms | p95 ms | p99 ms | errors | × static | × trivial | bytes | target |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const result of data.routes) {
    for (const run of result.runs) {
      const s = ratio(result, staticFile, run.connections);
      const t = ratio(result, trivial, run.connections);
      const last = run === result.runs[result.runs.length - 1];
      const misses = last ? verdict(result, staticFile, trivial, 0) : [];
      const target = last && result.route.target ? `≥ ${result.route.target}× ${result.route.path === "/about" ? "static" : "trivial"}` : "";
      console.log(
        `| ${result.route.name} | ${run.connections} | ${n(run.reqPerSec, 1)} | ${run.p50} | ${run.p95} | ${run.p99} | ${run.errors} | ${s === null ? "" : n(s, 2)} | ${t === null ? "" : n(t, 2)} | ${n(result.bytes)} | ${target}${misses.length ? ` **missed: ${misses.join("; ")}**` : last ? " ok" : ""} |`,
      );
    }
  }
  if (data.ingest) {
    const i = data.ingest;
    console.log(`\nIngest (POST /api/v1/document-events, ${i.batchSize} events a batch, ${i.connections} systems at once, ${i.seconds} s): ${n(i.eventsPerSec)} events/s${i.eventsPerSec < 5_000 ? " **missed: < 5,000 events/s**" : " ok (target ≥ 5,000)"}; ${i.batches} batches, p50 ${i.p50} ms, p95 ${i.p95} ms, ${i.errors} errors; stored once and roll-ups equal to rows: ${i.consistent ? "yes" : "**no**"}; the same batch twice at once stored once: ${i.duplicateBatchStoredOnce ? "yes" : "**no**"}`);
  }
  console.log(`\nServer's peak memory (resident): ${data.peakRssMb} MB${data.peakRssMb >= 500 ? " **over 500 MB**" : ""}`);
  const profiled = data.routes.filter((r) => r.profile);
  if (profiled.length) {
    console.log("\n| route | server CPU ms a request | idle | where the CPU goes (share of busy time) |");
    console.log("|---|---|---|---|");
    for (const r of profiled) {
      const p = r.profile!;
      const parts = p.shares.slice(0, 4).map((s) => `${s.part} ${Math.round(s.share * 100)}%`).join(", ");
      console.log(`| ${r.route.name} | ${n(p.cpuMsPerRequest, 1)} | ${Math.round(p.idleShare * 100)}% | ${parts} |`);
    }
  }
  const main = data.routes.filter((r) => r.firstLoadKb !== undefined || r.lighthouse);
  if (main.length) {
    console.log("\n| page | first-load JS (gzip) | Lighthouse | LCP | CLS | TBT |");
    console.log("|---|---|---|---|---|---|");
    for (const r of main) {
      const l = r.lighthouse;
      console.log(`| ${r.route.name} | ${r.firstLoadKb === undefined ? "" : `${n(r.firstLoadKb, 1)} kB`} | ${l ? l.score : ""} | ${l ? `${n(l.lcpMs)} ms` : ""} | ${l ? l.cls : ""} | ${l ? `${n(l.tbtMs)} ms` : ""} |`);
    }
  }
}
