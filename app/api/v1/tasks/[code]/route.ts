import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, taskNotFound } from "@/lib/api/problem";
import { getTaskDetail } from "@/lib/data/task-detail";
import { TASK_CODE } from "@/lib/domain/task-code";

/** GET /api/v1/tasks/{code}: one task, its current version and its full status history. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods<{ code: string }>("/tasks/{code}", {
  GET: apiRoute<{ code: string }>(async ({ params, t }) => {
    const task = TASK_CODE.test(params.code) ? await getTaskDetail(params.code) : null;
    if (!task) return taskNotFound(t, params.code);
    return json({
      code: task.code,
      title: task.title,
      programme: task.programme.slug,
      leadAgency: task.leadAgency.code,
      cooperators: task.cooperators.map((c) => c.agency.code),
      deadline: task.deadline,
      deadlineText: task.deadlineText,
      status: task.status,
      completedOn: task.completedOn,
      version: task.version,
      history: task.history.map((h) => ({
        effectiveOn: h.effectiveOn,
        recordedAt: h.changedAt.toISOString(),
        by: h.changedBy?.displayName ?? null,
        from: h.fromStatus,
        to: h.toStatus,
        note: h.note,
        evidence: { number: h.evidenceNumber, date: h.evidenceDate, url: h.evidenceUrl },
      })),
    });
  }),
});
