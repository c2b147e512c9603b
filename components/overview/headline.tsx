import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StatusCounts } from "@/lib/data/sql-rules";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import { completionRate, formatNumber, formatPercent, formatRate, formatSignedNumber, percentagePointChange } from "@/lib/domain/rate";
import { ASSIGNED_STATUSES } from "@/lib/domain/task-class";
import { tasksHref } from "@/lib/view/href";
import type { ResolvedView } from "@/lib/view/resolve-view";

type Props = { view: ResolvedView; counts: StatusCounts; previousCounts: StatusCounts | null; locale: Locale };

export async function Headline({ view, counts, previousCounts, locale }: Props) {
  const t = await getTranslations("overview");
  const rate = completionRate(counts.completed, counts.assigned);
  const before = previousCounts ? completionRate(previousCounts.completed, previousCounts.assigned) : null;
  const points = before ? percentagePointChange(before, rate) : null;
  const previous = view.previous?.period;
  return (
    <section className="panel headline" aria-labelledby="headline-title" data-testid="programme-headline">
      <h2 id="headline-title">{t("headlineTitle")}</h2>
      <p className="figure" data-testid="headline-rate">
        <span className="figure-fraction">
          <Link href={tasksHref(view.ref, { status: ["COMPLETED"] })} aria-label={t("completedLink", { count: rate.completed })}>
            {formatNumber(rate.completed, locale)}
          </Link>
          /
          <Link href={tasksHref(view.ref, { status: [...ASSIGNED_STATUSES] })} aria-label={t("assignedLink", { count: rate.assigned })}>
            {formatNumber(rate.assigned, locale)}
          </Link>
        </span>{" "}
        <span className="figure-percent">({rate.ratio === null ? "—" : formatPercent(rate.ratio, locale)})</span>
      </p>
      <p className="figure-label">{t("completedLabel")}</p>

      {previous && before && previousCounts ? (
        <div className="comparison" data-testid="headline-comparison">
          <p>{t("previous", { quarter: quarterLabel(previous, locale), rate: formatRate(before, locale) })}</p>
          {rate.completed === before.completed && rate.assigned === before.assigned ? (
            // "0 nhiệm vụ hoàn thành" read as "none completed".
            <p className="deltas" data-testid="headline-unchanged">{t("unchanged", { quarter: quarterLabel(previous, locale) })}</p>
          ) : (
            <ul className="deltas">
              <li>{t("changeTasks", { change: formatSignedNumber(rate.completed - before.completed, locale) })}</li>
              {points !== null && <li>{t("changePoints", { points: formatSignedNumber(points, locale, 1) })}</li>}
            </ul>
          )}
          {before.assigned !== rate.assigned && (
            <p className="note">
              {t("denominatorChanged", {
                from: formatNumber(before.assigned, locale),
                to: formatNumber(rate.assigned, locale),
                withdrawn: formatNumber(counts.withdrawn, locale),
              })}
            </p>
          )}
        </div>
      ) : (
        <p className="muted">{t("noPrevious")}</p>
      )}
    </section>
  );
}
