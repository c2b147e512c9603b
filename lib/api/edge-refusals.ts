import type { IncomingMessage, ServerResponse } from "node:http";
import { allowedMethods, apiRouteOf } from "@/lib/api/routes";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

// Requests refused by the HTTP server before Next.js sees them (scripts/serve.ts): nothing in them can
// reach application code, so nothing is written (nor audited), and none of them can become a 500.

/** The methods some API route answers; any other (TRACE, CONNECT, PROPFIND…) is refused everywhere. */
const ROUTED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// Pages answer GET and POST (server actions), and so do next-auth's routes.
const PAGE_METHODS = ["GET", "HEAD", "POST"];

type Refusal = { status: 400 | 405; allow?: string; title: string; detail: string };

function refusalOf(method: string, pathname: string, messages: typeof vi): Refusal | null {
  const { api } = messages;
  try {
    // Next.js decodes each segment itself and fails with a 500 on "%ff" or an encoded lone surrogate.
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, title: api.badPath, detail: api.badPathDetail };
  }
  const route = pathname.startsWith("/api/v1/") ? apiRouteOf(pathname) : null;
  // Other addresses under /api/ answer their own 404 (app/api/[...unknown]) for every routed method.
  if (!route && pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/") && ROUTED_METHODS.has(method)) return null;
  const allowed = route ? allowedMethods(route) : PAGE_METHODS;
  if (allowed.includes(method)) return null;
  const allow = allowed.join(", ");
  return { status: 405, allow, title: api.methodNotAllowed, detail: api.methodNotAllowedDetail.replace("{methods}", allow) };
}

/** Answers a request the server refuses at the door and returns true; false lets it through. */
export function refuseAtEdge(request: IncomingMessage, response: ServerResponse): boolean {
  const english = /^\s*en\b/i.test(String(request.headers["accept-language"] ?? ""));
  const pathname = (request.url ?? "/").split("?")[0];
  const refusal = refusalOf(request.method ?? "", pathname, english ? en : vi);
  if (!refusal) return false;
  const isApi = pathname.startsWith("/api/");
  const body = isApi ? JSON.stringify({ type: "about:blank", status: refusal.status, title: refusal.title, detail: refusal.detail }) : `${refusal.title}. ${refusal.detail}`;
  response.writeHead(refusal.status, {
    ...(refusal.allow ? { allow: refusal.allow } : {}),
    "content-type": isApi ? "application/problem+json; charset=utf-8" : "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
