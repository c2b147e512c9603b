// Every route of /api/v1 and the methods it answers: the one list that the route files, the 405
// answers' Allow header, the HTTP server and the OpenAPI document agree on.

export const API_BASE = "/api/v1";

export const API_ROUTES = {
  "/tasks": ["GET"],
  "/tasks/{code}": ["GET"],
  "/tasks/{code}/status": ["PATCH"],
  "/agencies": ["GET"],
  "/quarters": ["GET"],
  "/sessions": ["GET"],
  "/sessions/{id}": ["DELETE"],
  "/document-events": ["POST"],
  "/document-flows": ["GET"],
  "/openapi.json": ["GET"],
} as const satisfies Record<string, readonly string[]>;

export type ApiPath = keyof typeof API_ROUTES;

/** The Allow header of a route: its methods, HEAD with GET, and OPTIONS. */
export function allowedMethods(path: ApiPath): string[] {
  const methods: string[] = [...API_ROUTES[path]];
  if (methods.includes("GET")) methods.push("HEAD");
  return [...methods, "OPTIONS"];
}

function pattern(path: string): RegExp {
  return new RegExp(`^${API_BASE}${path.replace(/\./g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}/?$`);
}

const MATCHERS = (Object.keys(API_ROUTES) as ApiPath[]).map((path) => [path, pattern(path)] as const);

/** The route an address of the API belongs to, if any ("/api/v1/tasks/36A-04" → "/tasks/{code}"). */
export function apiRouteOf(pathname: string): ApiPath | null {
  return MATCHERS.find(([, regex]) => regex.test(pathname))?.[0] ?? null;
}
