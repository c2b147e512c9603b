import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, problem } from "@/lib/api/problem";
import { badParams, queryProblems } from "@/lib/api/query";
import { listAgencies } from "@/lib/data/agencies";
import { parseAgencyListQuery, searchToRaw } from "@/lib/view/params";
import { AGENCY_LIST_QUERY } from "@/lib/view/query-schemas";
import { resolveView } from "@/lib/view/resolve-view";

/** GET /api/v1/agencies: every agency with its figures for the as-of (quarter or date). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/agencies", {
  GET: apiRoute(async ({ request, caller, t, locale }) => {
    const raw = searchToRaw(new URL(request.url).searchParams);
    const view = await resolveView(raw, undefined, "latestQuarter");
    const query = parseAgencyListQuery(raw);
    const invalid = queryProblems(request, AGENCY_LIST_QUERY, view?.ignored ?? [], query.ignored);
    if (invalid.length) return badParams(request, caller, t, invalid);
    if (!view) return problem(404, t("api.notFound"), t("asOf.noProgrammes"));
    const rows = await listAgencies(view.current.basis, view.current.asOf, view.programme.id, { ...query.value, locale });
    return json({ asOf: view.current.asOf, data: rows.map(({ id: _id, ...row }) => row) });
  }),
});
