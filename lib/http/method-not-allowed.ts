import type { IncomingMessage, ServerResponse } from "node:http";
import { allowedMethods, apiRouteOf } from "@/lib/api/routes";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

/** The methods Next.js routes; any other (TRACE, CONNECT, PROPFIND…) is answered before it. */
export const ROUTED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

// Pages answer GET and POST (server actions); each API route its own methods (lib/api/routes.ts).
const PAGE_METHODS = ["GET", "HEAD", "POST"];

/**
 * 405 for a method no route answers: problem+json under /api/, plain text elsewhere, with Allow. It
 * reaches no application code, so nothing is written (nor audited).
 */
export function methodNotAllowed(request: IncomingMessage, response: ServerResponse): void {
  const english = /^\s*en\b/i.test(String(request.headers["accept-language"] ?? ""));
  const { api } = english ? en : vi;
  const pathname = (request.url ?? "/").split("?")[0];
  const route = apiRouteOf(pathname);
  const allow = (route ? allowedMethods(route) : PAGE_METHODS).join(", ");
  const detail = api.methodNotAllowedDetail.replace("{methods}", allow);
  const isApi = pathname.startsWith("/api/");
  const body = isApi ? JSON.stringify({ type: "about:blank", status: 405, title: api.methodNotAllowed, detail }) : `${api.methodNotAllowed}. ${detail}`;
  response.writeHead(405, {
    allow,
    "content-type": isApi ? "application/problem+json; charset=utf-8" : "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}
