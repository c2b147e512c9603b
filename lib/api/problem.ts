import "server-only";

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
