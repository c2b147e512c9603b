import { getTranslations } from "next-intl/server";
import { getAgencyStage } from "@/lib/data/rollout";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { ROLLOUT_PATH } from "@/lib/view/rollout-params";

/** On an agency's page: where its document system stands in the interconnection as of the page's day. */
export async function AgencyStage({ code, asOf, locale }: { code: string; asOf: IsoDate; locale: Locale }) {
  const stage = await getAgencyStage(code, asOf);
  if (!stage) return null;
  const t = await getTranslations("interconnection.rollout");
  const name = t(`stages.${stage.level}`);
  return (
    <p className="muted" data-testid="agency-rollout-stage">
      {t("agencyStage.label")}: <strong>{stage.reachedOn ? t("agencyStage.since", { stage: name, date: formatDate(stage.reachedOn, locale) }) : name}</strong>{" "}
      · <a href={`${ROLLOUT_PATH}?date=${asOf}`}>{t("agencyStage.link")}</a>
    </p>
  );
}
