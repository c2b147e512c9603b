import "server-only";
import { flowDocuments, stuckDeliveries, type DocumentRow, type Paged, type StuckRow } from "@/lib/data/flows";
import type { FlowView } from "./flow-period";
import { single, type RawParams } from "./params";

export const ROW_KINDS = ["sent", "signed", "unsigned", "received", "stuck"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export type FlowRows =
  | { kind: "stuck"; page: Paged<StuckRow> & { asOf: Date } }
  | { kind: Exclude<RowKind, "stuck">; page: Paged<DocumentRow> };

/** Which list of rows the address asks for, or null when it names none. */
export function rowKindOf(raw: RawParams): RowKind | null {
  const kind = single(raw, "kind");
  return kind !== undefined && (ROW_KINDS as readonly string[]).includes(kind) ? (kind as RowKind) : null;
}

/**
 * The rows behind one figure of the flows page: an agency's documents sent (signed or not) or
 * received, or the documents stuck at it (or anywhere on the axis). A page at a time, or up to
 * `size` for a download. Null when the list needs an agency and has none.
 */
export async function flowRows(view: FlowView, kind: RowKind, now: Date, page: number, size?: number): Promise<FlowRows | null> {
  const root = view.agency?.id ?? null;
  if (kind === "stuck") return { kind, page: await stuckDeliveries(view.from, view.to, view.query.stuckDays, now, root, page, size) };
  if (!root) return null;
  return { kind, page: await flowDocuments(kind, root, view.from, view.to, page, size) };
}
