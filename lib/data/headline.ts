import "server-only";
import { db } from "@/lib/db";
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";
import { getLatestPeriods, periodAsOf, periodBasis, type PeriodRef } from "./periods";
import { getStatusCounts, type StatusCounts } from "./progress";

export type QuarterFigures = { period: PeriodRef; asOf: IsoDate; counts: StatusCounts };

export type ProgrammeHeadline = {
  programme: { id: string; code: string; title: string; titleEn: string };
  current: QuarterFigures | null;
  previous: QuarterFigures | null;
};

async function figuresFor(period: PeriodRef, today: IsoDate): Promise<QuarterFigures> {
  const asOf = periodAsOf(period, today);
  return { period, asOf, counts: await getStatusCounts(periodBasis(period, today), asOf) };
}

/**
 * Each programme's latest quarter against the one before it. Three queries per programme whatever
 * the number of tasks: the two latest quarters, then one aggregate for each.
 */
export async function getProgrammeHeadlines(today: IsoDate = todayInVietnam()): Promise<ProgrammeHeadline[]> {
  const programmes = await db().programme.findMany({
    orderBy: { issuedOn: "asc" },
    select: { id: true, code: true, title: true, titleEn: true },
  });
  return Promise.all(
    programmes.map(async (programme) => {
      const [latest, before] = await getLatestPeriods(programme.id, 2);
      const [current, previous] = await Promise.all([
        latest ? figuresFor(latest, today) : null,
        before ? figuresFor(before, today) : null,
      ]);
      return { programme, current, previous };
    }),
  );
}
