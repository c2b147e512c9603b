import fs from "node:fs";

// What a route's CPU time goes to, from a V8 CPU profile of the server under that route's load: each
// sample's own function, grouped by where its code comes from.

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = { busyMs: number; idleShare: number; shares: { part: string; share: number }[] };

// In order: the first that matches names the part. Turbopack bundles most libraries into the build's
// chunks, named after node_modules; Next.js and React run from node_modules itself.
const PARTS: [string, RegExp][] = [
  ["Next.js and React (rendering, streaming)", /node_modules\/(next|react|react-dom|scheduler)\//],
  ["Prisma (query compiler and client)", /node_modules\/@prisma\/|^wasm:/],
  ["node-postgres (driver)", /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//],
  ["libraries in the build's chunks", /\.next\/server\/chunks\/.*node_modules/],
  ["the app's own code and its pages", /\.next\/server\//],
  ["other libraries", /node_modules\//],
];

function partOf(node: Node): string {
  if (node.callFrame.functionName === "(garbage collector)") return "garbage collection";
  for (const [part, pattern] of PARTS) if (pattern.test(node.callFrame.url)) return part;
  return "Node.js (network, streams, buffers)";
}

export function summarise(file: string): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const time = new Map<string, number>();
  let idle = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    if (node.callFrame.functionName === "(idle)") {
      idle += dt;
      return;
    }
    const part = partOf(node);
    time.set(part, (time.get(part) ?? 0) + dt);
  });
  const busy = total - idle;
  return {
    busyMs: Math.round(busy / 1000),
    idleShare: total ? idle / total : 0,
    shares: [...time.entries()].map(([part, t]) => ({ part, share: busy ? t / busy : 0 })).sort((a, b) => b.share - a.share),
  };
}
