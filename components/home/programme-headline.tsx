import { getTranslations } from "next-intl/server";
import type { ProgrammeHeadline } from "@/lib/data/headline";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { completionRate, formatNumber, formatPercent, formatRate, formatSignedNumber, percentagePointChange } from "@/lib/domain/rate";
import { StatusBreakdown } from "./status-breakdown";

export async function ProgrammeHeadlineCard({ headline, locale }: { headline: ProgrammeHeadline; locale: Locale }) {
  const t = await getTranslations("home");
  const { programme, current, previous } = headline;
  const title = locale === "vi" ? programme.title : programme.titleEn;
  if (!current) {
    return (
      <section className="panel" aria-label={title}>
        <h2>{title}</h2>
        <p className="empty">{t("noPeriods")}</p>
      </section>
    );
  }
  const rate = completionRate(current.counts.completed, current.counts.assigned);
  const before = previous ? completionRate(previous.counts.completed, previous.counts.assigned) : null;
  const points = before ? percentagePointChange(before, rate) : null;
  return (
    <section className="panel headline" aria-labelledby={`headline-${programme.id}`} data-testid="programme-headline">
      <p className="eyebrow" title={title}>
        {programme.code} · {title}
      </p>
      <h2 id={`headline-${programme.id}`}>
        {quarterLabel(current.period, locale)}{" "}
        <span className={`badge badge-${current.period.state.toLowerCase()}`}>{t(`quarterState.${current.period.state}`)}</span>
      </h2>
      <p className="muted">{t("asOf", { date: formatDate(current.asOf, locale) })}</p>
      <p className="figure" data-testid="headline-rate">
        <span className="figure-fraction">
          {formatNumber(rate.completed, locale)}/{formatNumber(rate.assigned, locale)}
        </span>{" "}
        <span className="figure-percent">({rate.ratio === null ? "—" : formatPercent(rate.ratio, locale)})</span>
      </p>
      <p className="figure-label">{t("completedLabel")}</p>

      {previous && before ? (
        <div className="comparison" data-testid="headline-comparison">
          <p>{t("previous", { quarter: quarterLabel(previous.period, locale), rate: formatRate(before, locale) })}</p>
          <ul className="deltas">
            <li>{t("changeTasks", { change: formatSignedNumber(rate.completed - before.completed, locale) })}</li>
            {points !== null && <li>{t("changePoints", { points: formatSignedNumber(points, locale, 1) })}</li>}
          </ul>
          {before.assigned !== rate.assigned && (
            <p className="note">
              {t("denominatorChanged", {
                from: formatNumber(before.assigned, locale),
                to: formatNumber(rate.assigned, locale),
                withdrawn: formatNumber(current.counts.withdrawn, locale),
              })}
            </p>
          )}
        </div>
      ) : (
        <p className="muted">{t("noPrevious")}</p>
      )}
      <StatusBreakdown counts={current.counts} locale={locale} />
    </section>
  );
}
