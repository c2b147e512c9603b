import { formatQuarterParam } from "@/lib/domain/quarter";
import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, problem } from "@/lib/api/problem";
import { badParams, queryProblems } from "@/lib/api/query";
import { getCompletionTrend } from "@/lib/data/trend";
import { completionRate } from "@/lib/domain/rate";
import { searchToRaw } from "@/lib/view/params";
import { PROGRAMME_QUERY } from "@/lib/view/query-schemas";
import { resolveView } from "@/lib/view/resolve-view";

/** GET /api/v1/quarters: each quarter of the programme with its state and completion figures. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/quarters", {
  GET: apiRoute(async ({ request, caller, t }) => {
    const invalid = queryProblems(request, PROGRAMME_QUERY);
    if (invalid.length) return badParams(request, caller, t, invalid);
    const view = await resolveView(searchToRaw(new URL(request.url).searchParams), undefined, "latestQuarter");
    if (!view) return problem(404, t("api.notFound"), t("asOf.noProgrammes"));
    const trend = await getCompletionTrend(view.periods);
    return json({
      programme: view.programme.slug,
      data: trend.map((point) => ({
        quarter: formatQuarterParam(point.period),
        state: point.period.state,
        startsOn: point.period.startsOn,
        endsOn: point.period.endsOn,
        reportDueOn: point.period.reportDueOn,
        asOf: point.asOf,
        assigned: point.assigned,
        completed: point.completed,
        rate: completionRate(point.completed, point.assigned).ratio,
      })),
    });
  }),
});
