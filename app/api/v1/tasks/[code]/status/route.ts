import { revalidatePath } from "next/cache";
import { apiRoute } from "@/lib/api/handler";
import { json, problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { updateTaskStatus } from "@/lib/tasks/update-status";

const MAX_BODY = 256 * 1024;

/**
 * PATCH /api/v1/tasks/{code}/status: the same change, rules and audit as the web form. The body gives
 * the version read; a stale one answers 409 with the task as it is now.
 */
export const PATCH = apiRoute<{ code: string }>(async ({ request, caller, params, t, locale }) => {
  const text = await request.text();
  if (text.length > MAX_BODY) return problem(413, t("api.tooLarge"), t("api.tooLargeDetail"));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, t("api.badJson"), t("api.badJsonDetail"));
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return problem(400, t("api.badJson"), t("api.notObject"));

  const task = await db().task.findFirst({ where: { code: params.code.slice(0, 40) }, select: { id: true } });
  const input = { ...body, taskId: task?.id ?? `unknown:${params.code.slice(0, 40)}` };
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
      return problem(404, t("api.notFound"), t("api.taskNotFound", { code: params.code.slice(0, 40) }));
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
});
