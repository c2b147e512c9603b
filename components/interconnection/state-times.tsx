import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Times } from "@/lib/data/flows";
import { TIMED_STATES } from "@/lib/domain/document-status";
import { formatDuration } from "@/lib/domain/durations";
import type { Locale } from "@/lib/domain/locale";

/** For the axis or one agency: from arrival to each state, how many documents got there, the median and the 90th percentile. */
export async function StateTimes({ times, scope, months, locale }: { times: Times; scope: string; months: string; locale: Locale }) {
  const t = await getTranslations("interconnection.flows");
  const rows = TIMED_STATES.map((state) => ({ state, ...times[state] }));
  return (
    <section className="panel" aria-labelledby="flow-state-times">
      <h2 id="flow-state-times">{t("stateTimes", { scope })}</h2>
      <p className="muted">{t("stateTimesNote", { months })}</p>
      <DataTable
        testId="flow-state-times"
        className="flush"
        caption={t("stateTimes", { scope })}
        locale={locale}
        rows={rows}
        rowKey={(row) => row.state}
        empty="—"
        columns={[
          { key: "state", header: t("columns.state"), kind: "head", value: (row) => `${row.state} · ${t(`states.${row.state}`)}` },
          { key: "count", header: t("columns.reached"), kind: "number", value: (row) => row.count },
          { key: "median", header: t("columns.median"), className: "num", value: (row) => (row.median === null ? "—" : formatDuration(row.median, locale)) },
          { key: "p90", header: t("columns.p90"), className: "num", value: (row) => (row.p90 === null ? "—" : formatDuration(row.p90, locale)) },
        ]}
      />
    </section>
  );
}
