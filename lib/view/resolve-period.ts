import "server-only";
import { listPeriods, type PeriodRef } from "@/lib/data/periods";
import { listProgrammes, type ProgrammeRef } from "@/lib/data/programmes";
import { parseQuarter, compareQuarters } from "@/lib/domain/quarter";
import { parseAsOf, type RawParams } from "./params";

export type ResolvedPeriod = {
  programme: ProgrammeRef;
  /** Newest first. */
  periods: PeriodRef[];
  period: PeriodRef;
  /** The quarter before it, to compare with. */
  previous: PeriodRef | null;
};

export type ResolvedProgramme = {
  programmes: ProgrammeRef[];
  programme: ProgrammeRef;
  /** Newest first. */
  periods: PeriodRef[];
  /** "programme" when the address names a well-formed one that does not exist (the first is shown instead). */
  ignored: string[];
};

/**
 * The programme of the address (?programme=, by default the first) and its quarters, newest first.
 * Two queries; null when there is no programme at all.
 */
export async function resolveProgramme(raw: RawParams): Promise<ResolvedProgramme | null> {
  const programmes = await listProgrammes();
  if (programmes.length === 0) return null;
  const wanted = parseAsOf(raw).value.programme;
  const chosen = wanted ? programmes.find((p) => p.slug === wanted) : undefined;
  const programme = chosen ?? programmes[0];
  return { programmes, programme, periods: await listPeriods(programme.id), ignored: wanted && !chosen ? ["programme"] : [] };
}

/** The quarter named in a path ("2017-Q1") of the address's programme, or null: a 404. Two queries. */
export async function resolvePeriod(raw: RawParams, quarterText: string): Promise<ResolvedPeriod | null> {
  const quarter = parseQuarter(quarterText);
  if (!quarter) return null;
  const found = await resolveProgramme(raw);
  if (!found) return null;
  const index = found.periods.findIndex((p) => compareQuarters(p, quarter) === 0);
  if (index < 0) return null;
  return { programme: found.programme, periods: found.periods, period: found.periods[index], previous: found.periods[index + 1] ?? null };
}
