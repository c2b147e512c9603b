import "server-only";
import { listPeriods, type PeriodRef } from "@/lib/data/periods";
import { listProgrammes, type ProgrammeRef } from "@/lib/data/programmes";
import { compareQuarters } from "@/lib/domain/quarter";
import { parseAsOf, parseQuarter, type RawParams } from "./params";

export type ResolvedPeriod = {
  programme: ProgrammeRef;
  /** Newest first. */
  periods: PeriodRef[];
  period: PeriodRef;
  /** The quarter before it, to compare with. */
  previous: PeriodRef | null;
};

/** The programme of the address (?programme=, by default the first) and its quarters, newest first. */
export async function resolveProgramme(raw: RawParams): Promise<{ programme: ProgrammeRef; periods: PeriodRef[] } | null> {
  const programmes = await listProgrammes();
  const wanted = parseAsOf(raw).value.programme;
  const programme = (wanted ? programmes.find((p) => p.slug === wanted) : undefined) ?? programmes[0];
  if (!programme) return null;
  return { programme, periods: await listPeriods(programme.id) };
}

/** The quarter named in a path ("2017-Q1") of the address's programme, or null: a 404. Two queries. */
export async function resolvePeriod(raw: RawParams, quarterText: string): Promise<ResolvedPeriod | null> {
  const quarter = parseQuarter(quarterText);
  if (!quarter) return null;
  const found = await resolveProgramme(raw);
  if (!found) return null;
  const index = found.periods.findIndex((p) => compareQuarters(p, quarter) === 0);
  if (index < 0) return null;
  return { ...found, period: found.periods[index], previous: found.periods[index + 1] ?? null };
}
