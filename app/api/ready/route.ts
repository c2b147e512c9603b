import { apiMessages } from "@/lib/api/messages";
import { problem } from "@/lib/api/problem";
import { checkDatabase } from "@/lib/database/readiness";

/**
 * GET /api/ready: this instance can serve: its database is reachable and carries every migration of
 * this build (for a load balancer's readiness check). Asked afresh each time; says what is wrong, but
 * nothing of the server's address.
 */
export async function GET(request: Request) {
  const state = await checkDatabase();
  if (state.kind === "ready") return Response.json({ status: "ready" }, { headers: { "cache-control": "no-store" } });
  const { t } = await apiMessages(request);
  return problem(503, t("api.unavailable"), t(`setup.${state.kind}`, state.kind === "unmigrated" ? { count: state.pending.length } : {}), { database: state.kind }, { "retry-after": "10" });
}
