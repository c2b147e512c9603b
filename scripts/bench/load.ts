import autocannon from "autocannon";

export type LoadResult = {
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than the one expected, plus connection errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
  bytesPerResponse: number;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Drives one address for a fixed time. Latencies are kept per response, since autocannon's own
 * histogram reports p97.5 but not p95.
 */
export async function load(url: string, headers: Record<string, string>, connections: number, duration: number, expected = 200): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // With a callback autocannon returns its instance, whose events give each response.
    const instance = autocannon({ url, headers, connections, duration, timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, resBytes, responseTime) => {
      times.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      bytes += resBytes;
    });
  });
  times.sort((a, b) => a - b);
  const wrong = Object.entries(statuses).filter(([status]) => Number(status) !== expected).reduce((sum, [, n]) => sum + n, 0);
  return {
    connections,
    requests: times.length,
    reqPerSec: times.length / duration,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    errors: wrong + result.errors + result.timeouts,
    statuses,
    bytesPerResponse: times.length ? Math.round(bytes / times.length) : 0,
  };
}
