import { formatQuarterParam } from "@/lib/domain/quarter";
import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, problem } from "@/lib/api/problem";
import { badParams, queryProblems } from "@/lib/api/query";
import { listTasks } from "@/lib/data/task-list";
import { parseTaskQuery, searchToRaw } from "@/lib/view/params";
import { TASK_LIST_QUERY } from "@/lib/view/query-schemas";
import { resolveView } from "@/lib/view/resolve-view";

/** GET /api/v1/tasks: the task table's rows, with its filters, sort and pages (same parameters). */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/tasks", {
  GET: apiRoute(async ({ request, caller, t }) => {
    const raw = searchToRaw(new URL(request.url).searchParams);
    const view = await resolveView(raw, undefined, "latestQuarter");
    const query = parseTaskQuery(raw);
    const invalid = queryProblems(request, TASK_LIST_QUERY, view?.ignored ?? [], query.ignored);
    if (invalid.length) return badParams(request, caller, t, invalid);
    if (!view) return problem(404, t("api.notFound"), t("asOf.noProgrammes"));
    const page = await listTasks(view.current.basis, view.current.asOf, query.value);
    return json({
      programme: view.programme.slug,
      quarter: view.current.period ? formatQuarterParam(view.current.period) : null,
      asOf: view.current.asOf,
      page: page.page,
      pageCount: page.pageCount,
      size: page.size,
      total: page.total,
      data: page.rows.map(({ taskId: _id, ...row }) => row),
    });
  }),
});
