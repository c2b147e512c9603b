import "server-only";
import type { ProgrammeRef } from "@/lib/data/programmes";
import type { PeriodRef } from "@/lib/data/periods";
import { compareQuarters, parseQuarter } from "@/lib/domain/quarter";
import type { RawParams } from "./params";
import { resolveProgramme } from "./resolve-period";

export type ComparisonView = { programme: ProgrammeRef; periods: PeriodRef[]; from: PeriodRef | null; to: PeriodRef | null; swapped: boolean; ignored: string[] };

/** ?from=2016-Q4&to=2017-Q1: a quarter named in the address, or null with the parameter noted as ignored. */
function pick(raw: RawParams, name: string, periods: PeriodRef[], ignored: string[]): PeriodRef | null {
  const value = raw[name];
  if (value === undefined) return null;
  const quarter = typeof value === "string" ? parseQuarter(value) : null;
  const found = quarter ? periods.find((p) => compareQuarters(p, quarter) === 0) : undefined;
  if (!found) ignored.push(`${name}Quarter`);
  return found ?? null;
}

/**
 * The two quarters a comparison (its page and its download) is of: those of the address, by default
 * the latest closed quarter against the one before it, the later always as "to". Null without a programme.
 */
export async function resolveComparison(raw: RawParams): Promise<ComparisonView | null> {
  const found = await resolveProgramme(raw);
  if (!found) return null;
  const { programme, periods } = found;
  const ignored: string[] = [];
  let to: PeriodRef | null = pick(raw, "to", periods, ignored) ?? periods.find((p) => p.state === "CLOSED") ?? periods[0] ?? null;
  let from: PeriodRef | null = pick(raw, "from", periods, ignored) ?? (to ? (periods[periods.indexOf(to) + 1] ?? null) : null);
  const swapped = Boolean(from && to && compareQuarters(from, to) > 0);
  if (swapped) [from, to] = [to, from];
  return { programme, periods, from, to, swapped, ignored };
}
