import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, problem } from "@/lib/api/problem";
import { badParams } from "@/lib/api/query";
import { appNow } from "@/lib/clock";
import { flowsByAgency, flowSummary, stuckDeliveries, type Times } from "@/lib/data/flows";
import { resolveFlowView } from "@/lib/view/flow-period";
import { searchToRaw } from "@/lib/view/params";

const KNOWN = new Set(["from", "to", "agency", "stuckDays", "page"]);
const times = (t: Times) => Object.fromEntries(Object.entries(t).map(([state, p]) => [state, { count: p.count, medianSeconds: p.median, p90Seconds: p.p90 }]));

/**
 * GET /api/v1/document-flows: the axis's figures for a period (default: everything recorded), as the
 * flows page shows them. Analysts, admins and leaders read every agency's; an agency's own officers
 * (and their systems' tokens) read their agency's only.
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/document-flows", {
  GET: apiRoute(async ({ request, caller, t }) => {
    const search = new URL(request.url).searchParams;
    const unknown = [...new Set(search.keys())].filter((name) => !KNOWN.has(name));
    if (unknown.length) return badParams(request, caller, t, unknown);
    const view = await resolveFlowView(searchToRaw(search), caller.user);
    // An agency's officer asking for another agency's figures is refused, not quietly given their own.
    const asked = search.get("agency");
    if (view?.scoped && asked && asked !== view.agency?.code) return problem(403, t("api.forbidden"), t("documentEvents.ownFlowsOnly"));
    if (!view) return json({ from: null, to: null, sent: 0, signed: 0, received: 0, agencies: { page: 1, pageCount: 1, total: 0, data: [] } });
    if (view.ignored.length) return badParams(request, caller, t, view.ignored);
    const root = view.agency?.id ?? null;
    const [summary, stuck, agencies] = await Promise.all([
      flowSummary(view.from, view.to, root),
      stuckDeliveries(view.from, view.to, view.query.stuckDays, appNow(), root, 1, 1),
      view.scoped ? null : flowsByAgency(view.from, view.to, view.query.page),
    ]);
    return json({
      from: view.from,
      to: view.to,
      agency: view.agency?.code ?? null,
      sent: summary.sent,
      signed: summary.signed,
      received: summary.received,
      times: times(summary.times),
      stuck: { days: view.query.stuckDays, count: stuck.total },
      ...(agencies
        ? {
            agencies: {
              page: agencies.page,
              pageCount: agencies.pageCount,
              total: agencies.total,
              data: agencies.rows.map((r) => ({ code: r.code, name: r.shortName, sent: r.sent, signed: r.signed, received: r.received, times: times(r.times) })),
            },
          }
        : {}),
    });
  }),
});
