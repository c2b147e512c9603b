import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The direction the code depends in (README, "Layout"): app → components → lib/actions → lib/api,
// lib/routes, lib/export → the commands (lib/tasks, users, reporting) and lib/report → lib/commands,
// lib/view → lib/data, lib/auth → infrastructure → lib/validation → lib/domain. A module may import
// its own layer or a lower one, and the folders form no loop.
const RANKS: [string, number][] = [
  ["lib/domain", 0],
  ["lib/validation", 1],
  ["lib", 2], // lib/*.ts: the database client, environment, clock
  ["lib/database", 2],
  ["lib/http", 2],
  ["lib/i18n", 2],
  ["lib/audit", 2],
  ["lib/generated", 2],
  ["lib/data", 3],
  ["lib/auth", 3],
  ["lib/commands", 4],
  ["lib/view", 4],
  ["lib/tasks", 5],
  ["lib/users", 5],
  ["lib/reporting", 5],
  ["lib/interconnection", 5],
  ["lib/report", 5],
  ["lib/api", 6],
  ["lib/export", 6],
  ["lib/routes", 6],
  ["lib/actions", 7],
  ["components", 8],
  ["app", 9],
];
const rank = new Map(RANKS);

/** The folder a file belongs to, as the ranks name it ("lib/data", "components", "app"). */
function unitOf(file: string): string | null {
  const parts = file.split("/");
  if (parts[0] === "lib") return parts.length > 2 ? `lib/${parts[1]}` : "lib";
  if (parts[0] === "components" || parts[0] === "app") return parts[0];
  return null;
}

function resolve(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return null;
}

const sources = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "lib", "components", "app"], { encoding: "utf8" })
  .split("\n")
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && fs.existsSync(file));

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|(?:^|\n)\s*import\s+"([^"]+)"/g;

const edges = new Map<string, Map<string, string>>();
for (const file of sources) {
  const from = unitOf(file)!;
  for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
    const target = resolve(file, match[1] ?? match[2] ?? match[3]);
    const to = target && unitOf(target);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, file);
  }
}

describe("layers", () => {
  it("every folder of lib, components and app has a layer", () => {
    const units = new Set(sources.map(unitOf));
    expect([...units].filter((unit) => !rank.has(unit!))).toEqual([]);
  });

  it("nothing imports from a layer above its own", () => {
    const upward: string[] = [];
    for (const [from, targets] of edges) {
      for (const [to, file] of targets) if (rank.get(to)! > rank.get(from)!) upward.push(`${file} → ${to}`);
    }
    expect(upward).toEqual([]);
  });

  it("the folders form no loop", () => {
    const loops: string[] = [];
    const reaches = (start: string, goal: string, seen = new Set<string>()): boolean =>
      [...(edges.get(start)?.keys() ?? [])].some((next) => next === goal || (!seen.has(next) && (seen.add(next), reaches(next, goal, seen))));
    for (const [from, targets] of edges) for (const to of targets.keys()) if (reaches(to, from)) loops.push(`${from} ⇄ ${to}`);
    expect(loops).toEqual([]);
  });
});
