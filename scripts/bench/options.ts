import { parseArgs } from "node:util";

// npm run bench [-- --quick] [-- --duration S] [-- --out FILE] [-- --no-lighthouse] [-- --no-build] [-- --profile] [-- --only TEXT]
export type BenchOptions = {
  quick: boolean;
  /** Seconds of load a route, at each number of connections. */
  duration: number;
  connections: number[];
  /** Arguments of npm run db:seed:scale for the second dataset. */
  scaleArgs: string[];
  lighthouse: boolean;
  /** Use the build as it is (the browser tests' own, which must not be replaced under their servers). */
  build: boolean;
  /** A CPU profile of the server under each route's load at the most connections, summarised. */
  profile: boolean;
  out: string;
  /** Only the routes whose name contains this (and the two baselines): to look at one route between full runs. */
  only: string | null;
};

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: "boolean" }, duration: { type: "string" }, out: { type: "string" }, "no-lighthouse": { type: "boolean" }, "no-build": { type: "boolean" }, profile: { type: "boolean" }, only: { type: "string" } },
    strict: true,
  });
  const quick = values.quick ?? false;
  // Quick: 2 s, not 1: at 32 connections the heaviest page (270 kB) can take more than a second to answer the first of them.
  const duration = values.duration ? Number(values.duration) : quick ? 2 : 8;
  if (!Number.isInteger(duration) || duration < 1 || duration > 120) throw new Error("--duration: whole seconds, 1 to 120");
  return {
    quick,
    duration,
    connections: [1, 32],
    // Quick: a small national shape that still has units, several programmes and closed quarters.
    scaleArgs: quick ? ["--agencies", "120", "--tasks", "1500", "--quarters", "6", "--documents", "3000", "--deliveries", "3500", "--today", "2026-12-04"] : ["--today", "2026-12-04"],
    lighthouse: !values["no-lighthouse"],
    build: !values["no-build"],
    profile: values.profile ?? false,
    // A partial run never replaces the full run's record.
    out: values.out ?? (quick ? ".tmp/bench-quick/results.json" : values.only ? ".tmp/bench-only/results.json" : "bench/results.json"),
    only: values.only ?? null,
  };
}
