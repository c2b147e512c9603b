import "server-only";
import { TASK_CODE } from "@/lib/domain/task-code";

/** RFC 9457 problem details: what went wrong, in the reader's language, and never a stack. */
export function problem(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", status, title, ...(detail ? { detail } : {}), ...extra }), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

/** 404 for a task code; the code is repeated only when it is one, never an arbitrary string of the address. */
export function taskNotFound(t: (key: string, values?: Record<string, string>) => string, code: string): Response {
  return problem(404, t("api.notFound"), TASK_CODE.test(code) ? t("api.taskNotFound", { code }) : t("api.noSuchTask"));
}
