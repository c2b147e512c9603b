import { getTranslations } from "next-intl/server";
import { DateField } from "@/components/ui/date-field";
import type { FlowView } from "@/lib/view/flow-period";

/** The period and the stuck threshold, sent as an address (GET), so a view can be bookmarked and forwarded. */
export async function FlowFilters({ view }: { view: FlowView }) {
  const t = await getTranslations("interconnection.flows");
  return (
    <form method="get" action="/interconnection/flows" className="panel filters no-print" aria-label={t("filters")}>
      {view.agency && <input type="hidden" name="agency" value={view.agency.code} />}
      <div className="field">
        <DateField label={t("from")} name="from" defaultValue={view.from} />
      </div>
      <div className="field">
        <DateField label={t("to")} name="to" defaultValue={view.to} />
      </div>
      <div className="field">
        <label htmlFor="flows-stuck-days">{t("stuckDays")}</label>
        <input id="flows-stuck-days" name="stuckDays" type="number" min={1} max={365} defaultValue={view.query.stuckDays} inputMode="numeric" />
      </div>
      <div className="filter-actions">
        <button type="submit">{t("show")}</button>
      </div>
    </form>
  );
}
