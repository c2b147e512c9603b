import { z } from "zod";
import { STATUS_CODES } from "@/lib/domain/document-status";
import { plainString } from "@/lib/validation/form-fields";

const EARLIEST = Date.parse("2015-01-01T00:00:00+07:00");

/** Events in one batch: enough for a system's minute of traffic, small enough for one transaction. */
export const MAX_EVENTS_PER_BATCH = 500;

// An agency by its code ("BTC", "VN-HN") or its electronic identifier code ("000.00.00.G22").
const agencyRef = (field: string) => z.string({ error: field }).regex(/^[A-Za-z0-9.-]{1,40}$/, { error: field });

/**
 * One status packet as an agency's system reports it: its own event id (the key that makes a resend
 * harmless), the document's id in the exchange, sender, receiver, the state reached and when. Whether
 * the document carries a digital signature is said with its arrival.
 */
export const DocumentEventSchema = z
  .object({
    eventId: z.string({ error: "eventId" }).regex(/^[A-Za-z0-9._:-]{1,64}$/, { error: "eventId" }),
    documentId: plainString("documentId").trim().min(1, { error: "documentId" }).max(100, { error: "documentId" }),
    from: agencyRef("agency"),
    to: agencyRef("agency"),
    signed: z.boolean({ error: "signed" }).optional(),
    status: z.enum(STATUS_CODES, { error: "status" }),
    // The axis's predecessor began in 2015; an earlier time is a broken clock, not a record.
    at: z.iso.datetime({ offset: true, error: "at" }).refine((at) => Date.parse(at) >= EARLIEST, { error: "tooOld" }),
  })
  .superRefine((event, ctx) => {
    if (event.status === "01" && event.signed === undefined) ctx.addIssue({ code: "custom", path: ["signed"], message: "signed" });
  });
export type DocumentEvent = z.output<typeof DocumentEventSchema>;

/** The batch as the command takes it; each event is checked on its own, so one bad event refuses only itself. */
export const EventBatchSchema = z.object({
  events: z.array(z.unknown(), { error: "events" }).min(1, { error: "events" }).max(MAX_EVENTS_PER_BATCH, { error: "tooMany" }),
});

export type EventError = { field: string; code: string };

/** An event's own faults, field by field, or the event. */
export function parseEvent(raw: unknown): { event: DocumentEvent } | { errors: EventError[] } {
  const parsed = DocumentEventSchema.safeParse(raw);
  if (parsed.success) return { event: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({ field: issue.path.length ? String(issue.path[0]) : "event", code: issue.path.length ? issue.message : "event" }));
  return { errors: errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i) };
}

/** The event id a refused event is reported under, when it has a usable one. */
export function eventIdOf(raw: unknown): string | null {
  const id = (raw as { eventId?: unknown } | null)?.eventId;
  return typeof id === "string" && /^[A-Za-z0-9._:-]{1,64}$/.test(id) ? id : null;
}
