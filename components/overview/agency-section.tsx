import { getTranslations } from "next-intl/server";
import type { AgencyCounts } from "@/lib/data/progress";
import type { Locale } from "@/lib/domain/locale";
import { viewHref, type ViewRef } from "@/lib/view/href";
import { AgencyChart } from "./agency-chart";
import { ListDownloads } from "@/components/export/list-downloads";

/** Completion by agency: one table of bars, each segment a link to its tasks. */
export async function AgencySection({ rows, view, locale }: { rows: AgencyCounts[]; view: ViewRef; locale: Locale }) {
  const t = await getTranslations("overview");
  const title = t("byAgency");
  return (
    <section className="panel" aria-labelledby="by-agency">
      <h2 id="by-agency">{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t("noTasks")}</p>
      ) : (
        <>
          <ListDownloads href={viewHref("/overview/export", view)} />
          <AgencyChart rows={rows} view={view} title={title} locale={locale} />
        </>
      )}
    </section>
  );
}
