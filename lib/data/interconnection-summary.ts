import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/dates";

export type InterconnectionSummary = {
  /** Top-level agencies (the hub aside) whose document system was connected by the day, of all of them. */
  connected: number;
  agencies: number;
  /** The days the national axis has documents for, if any. */
  axis: { first: IsoDate; last: IsoDate } | null;
  /** Viet Nam's latest UN survey in or before the day's year. */
  survey: { year: number; rank: number; countries: number } | null;
};

/** One figure of each of the module's three views, for the overview's links to them: three small reads. */
export async function getInterconnectionSummary(asOf: IsoDate): Promise<InterconnectionSummary> {
  const [[rollout], [axis], survey] = await Promise.all([
    db().$queryRaw<{ connected: number; agencies: number }[]>`
      SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "RolloutMilestone" m WHERE m."agencyId" = a."id" AND m."reachedOn" <= ${asOf}))::int AS "connected",
             count(*)::int AS "agencies"
      FROM "Agency" a WHERE a."parentId" IS NULL AND NOT a."documentHub"`,
    db().$queryRaw<{ first: string | null; last: string | null }[]>`SELECT min("day") AS "first", max("day") AS "last" FROM "AxisFlowDay"`,
    db().egdiSurvey.findFirst({ where: { year: { lte: Number(asOf.slice(0, 4)) } }, orderBy: { year: "desc" }, select: { year: true, rank: true, countries: true } }),
  ]);
  return {
    connected: rollout.connected,
    agencies: rollout.agencies,
    axis: axis.first && axis.last ? { first: axis.first as IsoDate, last: axis.last as IsoDate } : null,
    survey,
  };
}
