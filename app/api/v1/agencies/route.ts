import { apiRoute } from "@/lib/api/handler";
import { json, problem } from "@/lib/api/problem";
import { listAgencies } from "@/lib/data/agencies";
import { parseAgencyListQuery, searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

/** GET /api/v1/agencies: every agency with its figures for the as-of (quarter or date). */
export const GET = apiRoute(async ({ request, t, locale }) => {
  const raw = searchToRaw(new URL(request.url).searchParams);
  const view = await resolveView(raw);
  if (!view) return problem(404, t("api.notFound"), t("asOf.noProgrammes"));
  const query = parseAgencyListQuery(raw);
  const ignored = [...new Set([...view.ignored, ...query.ignored])];
  if (ignored.length) return problem(400, t("api.badParams"), t("api.badParamsDetail", { names: ignored.join(", ") }), { invalidParams: ignored });
  const rows = await listAgencies(view.current.basis, view.current.asOf, view.programme.id, { ...query.value, locale });
  return json({ asOf: view.current.asOf, data: rows.map(({ id: _id, ...row }) => row) });
});
