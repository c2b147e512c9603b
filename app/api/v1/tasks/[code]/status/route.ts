import { revalidatePath } from "next/cache";
import { readJsonObject } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, problem, taskNotFound } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { TASK_CODE } from "@/lib/tasks/task-schemas";
import { updateTaskStatus } from "@/lib/tasks/update-status";

/**
 * PATCH /api/v1/tasks/{code}/status: the same change, rules and audit as the web form. The body gives
 * the version read; a stale one answers 409 with the task as it is now.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods<{ code: string }>("/tasks/{code}/status", {
  PATCH: apiRoute<{ code: string }>(async ({ request, caller, params, t, locale }) => {
    const body = await readJsonObject(request, caller, t);
    if (body instanceof Response) return body;

    const code = params.code.slice(0, 40);
    const known = TASK_CODE.test(code);
    const task = known ? await db().task.findFirst({ where: { code }, select: { id: true } }) : null;
    // An unknown code still goes through the rules, so that its refusal is audited like any other.
    const input = { ...body, taskId: task?.id ?? (known ? `unknown:${code}` : "unknown") };
    const result = await updateTaskStatus(caller.user, input, { channel: "api", address: caller.address });
    if (result.ok) {
      revalidatePath("/", "layout");
      return json({ code: result.code, version: result.version });
    }
    switch (result.kind) {
      case "unauthenticated":
        return problem(401, t("api.unauthenticated"), t("api.signInOrToken"));
      case "forbidden":
        return problem(403, t("api.forbidden"), t("statusForm.refused.forbidden"));
      case "not-found":
        return taskNotFound(t, code);
      case "conflict":
        return problem(409, t("api.conflict"), t("statusForm.conflict"), { current: result.current });
      case "invalid":
        return problem(422, t("api.invalid"), t("statusForm.fixErrors"), {
          errors: Object.fromEntries(
            Object.entries(result.errors).map(([field, keys]) => [field, (keys ?? []).map((key) => ({ code: key, message: t(`statusForm.errors.${key}`) }))]),
          ),
          locale,
        });
    }
  }),
});
