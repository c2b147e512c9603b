import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { RolloutCounts } from "@/lib/data/rollout";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { connectedCount, ROLLOUT_GROUPS, STAGE_LEVELS, totalCount, type RolloutGroup, type StageFilter } from "@/lib/domain/rollout";
import { rolloutRowsHref } from "@/lib/view/rollout-params";

const COLUMNS: StageFilter[] = [...STAGE_LEVELS, "ANY_CONNECTED"];

/**
 * Agencies per group at each stage as of the day, each figure "count/all of the group" (as the record
 * says "5/29") and a link to exactly those agencies; the record's sentence above the table.
 */
export async function RolloutCountsSection({ counts, asOf, locale }: { counts: RolloutCounts; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("interconnection.rollout");
  const n = (value: number) => formatNumber(value, locale);
  const of = (group: RolloutGroup, value: number) => `${n(value)}/${n(totalCount(counts[group]))}`;
  const value = (group: RolloutGroup, stage: StageFilter) => (stage === "ANY_CONNECTED" ? connectedCount(counts[group]) : counts[group][stage]);
  const { central, province } = counts;
  return (
    <section className="panel" aria-labelledby="rollout-counts">
      <h2 id="rollout-counts">{t("counts.title")}</h2>
      <p className="lead" data-testid="rollout-summary">
        {t("summary", {
          central: of("central", connectedCount(central)),
          provinces: of("province", connectedCount(province)),
          centralSend: of("central", central.SEND_RECEIVE),
          provinceSend: of("province", province.SEND_RECEIVE),
          centralFeedback: of("central", central.STATUS_FEEDBACK),
          provinceFeedback: of("province", province.STATUS_FEEDBACK),
        })}
      </p>
      <DataTable
        testId="rollout-counts"
        caption={t("counts.caption", { date: formatDate(asOf, locale) })}
        locale={locale}
        rows={[...ROLLOUT_GROUPS]}
        rowKey={(group) => group}
        empty="—"
        columns={[
          { key: "group", header: t("counts.group"), kind: "head", cell: (group) => t(`groups.${group}`) },
          ...COLUMNS.map((stage) => ({
            key: stage,
            header: <span className={`stage-key stage-${stage}`}>{t(`stages.${stage}`)}</span>,
            className: "num",
            cell: (group: RolloutGroup) => (
              <a
                href={rolloutRowsHref(asOf, { group, stage })}
                aria-label={t("counts.cell", { group: t(`groups.${group}`), count: of(group, value(group, stage)), stage: t(`stages.${stage}`) })}
                data-testid={`rollout-count-${group}-${stage}`}
              >
                {of(group, value(group, stage))}
              </a>
            ),
          })),
        ]}
      />
      <p className="muted">{t("counts.hubNote")}</p>
    </section>
  );
}
