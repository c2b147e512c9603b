import type { FlowView } from "@/lib/view/flow-period";
import { flowSearch } from "@/lib/view/flow-params";
import { withQuery } from "@/lib/view/href";

export type RowsKind = "sent" | "signed" | "unsigned" | "received" | "stuck";

/** The address of the rows behind a flows figure: the same period and threshold, one agency (or the axis for stuck ones). */
export function flowRowsHref(view: FlowView, kind: RowsKind, agency: string | undefined = view.agency?.code): string {
  const search = flowSearch({ from: view.from, to: view.to, agency, stuckDays: view.query.stuckDays });
  search.set("kind", kind);
  return withQuery("/interconnection/flows/documents", search);
}

/** The flows page with the same period, for one agency or the whole axis. */
export function flowsHref(view: FlowView, changes: { agency?: string | null; page?: number } = {}): string {
  const agency = changes.agency === undefined ? view.query.agency : (changes.agency ?? undefined);
  return withQuery("/interconnection/flows", flowSearch({ ...view.query, agency, page: changes.page ?? 1 }));
}
