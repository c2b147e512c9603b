import { getTranslations } from "next-intl/server";
import { DayPicker } from "./day-picker";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { RECORD_DAY } from "@/lib/domain/rollout";
import type { IndicatorsDay } from "@/lib/view/indicators-day";
import { ROLLOUT_PATH } from "@/lib/view/rollout-params";

type Props = { day: IndicatorsDay; today: IsoDate; locale: Locale };

/**
 * The rollout's title and the day its figures are as of (today's by default), one click from the public
 * record's day, with a plain GET form for any other day (in the address, without JavaScript).
 */
export async function RolloutHeading({ day, today, locale }: Props) {
  const t = await getTranslations("interconnection.rollout");
  const date = formatDate(day.asOf, locale);
  return (
    <header className="view-heading">
      <h1>{t("title")}</h1>
      <p className="as-of-line" data-testid="as-of">
        <strong>{day.live ? t("live", { date }) : t("asOfDate", { date })}</strong>
        {!day.live && <> <a href={ROLLOUT_PATH} data-testid="show-live">{t("showLive")}</a></>}
        {day.asOf !== RECORD_DAY && RECORD_DAY <= today && (
          <> · <a href={`${ROLLOUT_PATH}?date=${RECORD_DAY}`} data-testid="show-record">{t("recordLink")}</a></>
        )}
      </p>
      <DayPicker path={ROLLOUT_PATH} asOf={day.asOf} today={today} labels={{ picker: t("picker"), day: t("day"), show: t("show") }} />
    </header>
  );
}
