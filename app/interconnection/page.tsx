import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListDownloads } from "@/components/export/list-downloads";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProvinceUnitsSection } from "@/components/interconnection/province-units";
import { RolloutCountsSection } from "@/components/interconnection/rollout-counts";
import { RolloutGrid } from "@/components/interconnection/rollout-grid";
import { RolloutHeading } from "@/components/interconnection/rollout-heading";
import { RolloutRecordForm } from "@/components/interconnection/rollout-record-form";
import { RolloutTrend } from "@/components/interconnection/rollout-trend";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { appToday } from "@/lib/clock";
import { getProvinceSubunits, getRolloutCounts, getRolloutGrid, getRolloutTrend } from "@/lib/data/rollout";
import { canRecordRollout } from "@/lib/domain/permissions";
import { currentLocale } from "@/lib/i18n/current-locale";
import { indicatorsDay } from "@/lib/view/indicators-day";
import type { RawParams } from "@/lib/view/params";
import { ROLLOUT_PATH } from "@/lib/view/rollout-params";
import "./rollout.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interconnection.rollout"))("title") };
}

/** Where each agency's document system stands in the interconnection with VPCP's, as of a day (seed 001). */
export default async function RolloutPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(ROLLOUT_PATH, raw));
  const today = appToday();
  const day = indicatorsDay(raw, today);
  const [t, locale, counts, grid, provinces, trend] = await Promise.all([
    getTranslations("interconnection.rollout"),
    currentLocale(),
    getRolloutCounts(day.asOf),
    getRolloutGrid(day.asOf),
    getProvinceSubunits(day.asOf),
    getRolloutTrend(day.asOf),
  ]);
  return (
    <>
      <RolloutHeading day={day} today={today} locale={locale} />
      <IgnoredNote ignored={day.ignored} />
      <p className="lead">{t("lead")}</p>
      <RolloutCountsSection counts={counts} asOf={day.asOf} locale={locale} />
      <RolloutGrid agencies={grid} asOf={day.asOf} locale={locale} />
      <ListDownloads href={`${ROLLOUT_PATH}/export?date=${day.asOf}`} testId="rollout-downloads" />
      <ProvinceUnitsSection provinces={provinces} asOf={day.asOf} locale={locale} />
      <RolloutTrend points={trend} asOf={day.asOf} locale={locale} />
      {canRecordRollout(user) && (
        <ClientMessages namespaces={["interconnection"]}>
          <section className="panel no-print" aria-labelledby="rollout-record-title">
            <details>
              <summary id="rollout-record-title">{t("record.title")}</summary>
              <RolloutRecordForm today={today} />
            </details>
          </section>
        </ClientMessages>
      )}
    </>
  );
}
