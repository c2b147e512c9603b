import { getTranslations } from "next-intl/server";
import { DayPicker } from "./day-picker";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import type { IndicatorsDay } from "@/lib/view/indicators-day";

type Props = { title: string; day: IndicatorsDay; today: IsoDate; locale: Locale; path: string };

/**
 * The page's title and the day its figures are as of (today's by default), with a plain GET form to
 * choose another day, so that the choice lands in the address and works without JavaScript.
 */
export async function IndicatorsHeading({ title, day, today, locale, path }: Props) {
  const t = await getTranslations("interconnection.indicators");
  const date = formatDate(day.asOf, locale);
  return (
    <header className="view-heading">
      <h1>{title}</h1>
      <p className="as-of-line" data-testid="as-of">
        {day.live ? (
          <strong>{t("live", { date })}</strong>
        ) : (
          <>
            <strong>{t("asOfDate", { date })}</strong>{" "}
            <a href={path} data-testid="show-live">{t("showLive")}</a>
          </>
        )}
      </p>
      <DayPicker path={path} asOf={day.asOf} today={today} labels={{ picker: t("picker"), day: t("day"), show: t("show") }} />
    </header>
  );
}
