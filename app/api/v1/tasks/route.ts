import { apiRoute } from "@/lib/api/handler";
import { json, problem } from "@/lib/api/problem";
import { listTasks } from "@/lib/data/task-list";
import { parseTaskQuery, searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

/** GET /api/v1/tasks: the task table's rows, with its filters, sort and pages (same parameters). */
export const GET = apiRoute(async ({ request, t }) => {
  const raw = searchToRaw(new URL(request.url).searchParams);
  const view = await resolveView(raw);
  if (!view) return problem(404, t("api.notFound"), t("asOf.noProgrammes"));
  const query = parseTaskQuery(raw);
  const ignored = [...new Set([...view.ignored, ...query.ignored])];
  if (ignored.length) return problem(400, t("api.badParams"), t("api.badParamsDetail", { names: ignored.join(", ") }), { invalidParams: ignored });
  const page = await listTasks(view.current.basis, view.current.asOf, query.value);
  return json({
    programme: view.programme.slug,
    quarter: view.current.period ? `${view.current.period.year}-Q${view.current.period.quarter}` : null,
    asOf: view.current.asOf,
    page: page.page,
    pageCount: page.pageCount,
    size: page.size,
    total: page.total,
    data: page.rows.map(({ taskId: _id, ...row }) => row),
  });
});
