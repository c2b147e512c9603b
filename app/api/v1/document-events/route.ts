import { readJsonObject } from "@/lib/api/body";
import { refusalProblem } from "@/lib/api/command-response";
import { apiRoute } from "@/lib/api/handler";
import { apiMethods } from "@/lib/api/methods";
import { json, problem } from "@/lib/api/problem";
import { auditedRefusal } from "@/lib/api/refusal";
import { retryAborted } from "@/lib/api/retry";
import { commandText } from "@/lib/commands/messages";
import { MAX_EVENTS_PER_BATCH } from "@/lib/interconnection/event-schema";
import { ingestDocumentEvents } from "@/lib/interconnection/ingest-events";

/**
 * POST /api/v1/document-events: an agency's system reports its documents' status packets, up to 500
 * a batch. 200 when every event is stored or was already; 422 problem+json naming each refused event
 * and why, the others stored (a resend of the whole batch after a fix is safe: stored ids count once).
 */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/document-events", {
  POST: apiRoute(async ({ request, caller, t }) => {
    const body = await readJsonObject(request, caller, t);
    if (body instanceof Response) return body;
    if (Array.isArray(body.events) && body.events.length > MAX_EVENTS_PER_BATCH) {
      const detail = t("documentEvents.tooManyDetail", { max: MAX_EVENTS_PER_BATCH, count: body.events.length });
      return auditedRefusal(request, caller, problem(413, t("documentEvents.tooMany"), detail, { maxEvents: MAX_EVENTS_PER_BATCH }), { reason: "batch-size", events: body.events.length });
    }
    const result = await retryAborted(() => ingestDocumentEvents(caller.user, { events: body.events }, { channel: "api", address: caller.address }));
    if (!result.ok) return refusalProblem(result, t, { namespace: "documentEvents" });
    const counts = { accepted: result.accepted, duplicates: result.duplicates, rejected: result.rejected.length };
    if (result.rejected.length === 0) return json(counts);
    const errors = result.rejected.map((r) => ({
      index: r.index,
      eventId: r.eventId,
      errors: r.errors.map((e) => ({ field: e.field, code: e.code, message: commandText(t, "documentEvents", "errors", e.code) })),
    }));
    return problem(422, t("documentEvents.someRefused"), t("documentEvents.someRefusedDetail", counts), { ...counts, errors });
  }),
});
