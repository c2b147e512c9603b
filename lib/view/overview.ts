import "server-only";
import type { ResolvedView } from "./resolve-view";
import { getActionPlanCoverage } from "@/lib/data/action-plans";
import { byRate, getAgencyBreakdown, getStatusCounts } from "@/lib/data/progress";
import { getClassCounts } from "@/lib/data/task-classes";
import { getCompletionTrend } from "@/lib/data/trend";

/**
 * Every figure of the leadership overview for the chosen as-of: a fixed set of aggregate queries
 * (seven, plus one per open quarter in the trend), whatever the number of tasks.
 */
export async function getOverview(view: ResolvedView) {
  const { basis, asOf } = view.current;
  // The trend runs up to the chosen quarter or day, never past it.
  const trendPeriods = view.periods.filter((p) => p.startsOn <= asOf);
  const [counts, previousCounts, breakdown, classes, trend, plans] = await Promise.all([
    getStatusCounts(basis, asOf),
    view.previous ? getStatusCounts(view.previous.basis, view.previous.asOf) : Promise.resolve(null),
    getAgencyBreakdown(basis, asOf),
    getClassCounts(basis, asOf),
    getCompletionTrend(trendPeriods, undefined, undefined, view.current.period ? undefined : asOf),
    getActionPlanCoverage(view.programme.id, asOf),
  ]);
  return { counts, previousCounts, breakdown: [...breakdown].sort(byRate), classes, trend, plans };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
