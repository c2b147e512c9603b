import { revalidatePath } from "next/cache";
import { readJsonObject } from "@/lib/api/body";
import { refusalProblem } from "@/lib/api/command-response";
import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, taskNotFound } from "@/lib/api/problem";
import { taskIdOfCode } from "@/lib/data/task-detail";
import { TASK_CODE } from "@/lib/domain/task-code";
import { updateTaskStatus } from "@/lib/tasks/update-status";

/**
 * PATCH /api/v1/tasks/{code}/status: the same command as the web form, with its rules and audit. The
 * body gives the version read; a stale one answers 409 with the task as it is now.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods<{ code: string }>("/tasks/{code}/status", {
  PATCH: apiRoute<{ code: string }>(async ({ request, caller, params, t }) => {
    const body = await readJsonObject(request, caller, t);
    if (body instanceof Response) return body;
    const code = params.code.slice(0, 40);
    // An unknown code still goes through the command, so that its refusal is audited like any other.
    const taskId = (await taskIdOfCode(code)) ?? (TASK_CODE.test(code) ? `unknown:${code}` : "unknown");
    const result = await updateTaskStatus(caller.user, { ...body, taskId }, { channel: "api", address: caller.address });
    if (result.ok) {
      if (!result.unchanged) revalidatePath("/", "layout");
      return json({ code: result.code, version: result.version, unchanged: result.unchanged });
    }
    return refusalProblem(result, t, { namespace: "statusForm", notFound: () => taskNotFound(t, code), conflict: (refusal) => ({ current: refusal.current }) });
  }),
});
