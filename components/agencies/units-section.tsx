import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import type { UnitPage } from "@/lib/data/agency-units";
import type { Locale } from "@/lib/domain/locale";
import { completionRate, formatNumber } from "@/lib/domain/rate";
import { tasksHref, viewHref, type ViewRef } from "@/lib/view/href";

/** The units directly below an agency, with their figures (their own units' counted in), one page at a time. */
export async function UnitsSection({ units, viewRef, locale, pageHref }: { units: UnitPage; viewRef: ViewRef; locale: Locale; pageHref: (page: number) => string }) {
  const t = await getTranslations();
  if (units.total === 0) return null;
  return (
    <section className="panel" aria-labelledby="agency-units">
      <h2 id="agency-units">{t("agency.units", { count: units.total })}</h2>
      <DataTable
        testId="agency-units"
        caption={t("agency.units", { count: units.total })}
        locale={locale}
        rows={units.rows}
        rowKey={(unit) => unit.code}
        empty={t("agency.noUnits")}
        columns={[
          { key: "unit", header: t("columns.agency"), kind: "head", cell: (unit) => <a href={viewHref(`/agencies/${unit.code}`, viewRef)}>{locale === "vi" ? unit.shortName : unit.nameEn}</a> },
          { key: "kind", header: t("columns.agencyKind"), value: (unit) => t(`agencyKind.${unit.kind}`) + (unit.units > 0 ? ` · ${t("agency.unitsBelow", { count: unit.units })}` : "") },
          { key: "assigned", header: t("columns.assigned"), kind: "number", value: (unit) => unit.assigned },
          { key: "completed", header: t("status.COMPLETED"), kind: "number", value: (unit) => unit.completed },
          { key: "rate", header: t("columns.rate"), kind: "percent", value: (unit) => completionRate(unit.completed, unit.assigned).ratio },
          {
            key: "overdue",
            header: t("status.OVERDUE"),
            className: "num",
            cell: (unit) => (unit.overdue > 0 ? <a href={tasksHref(viewRef, { agency: [unit.code], overdue: true })}>{formatNumber(unit.overdue, locale)}</a> : "0"),
          },
        ]}
      />
      <Pager page={units.page} pageCount={units.pageCount} href={pageHref} summary={t("agency.unitsPage", { page: units.page, pages: units.pageCount, total: units.total })} />
    </section>
  );
}
