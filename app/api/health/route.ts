// GET /api/health: this process answers (for a load balancer's liveness check). Touches no database.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
