import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { InterconnectionSummary } from "@/lib/data/interconnection-summary";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";

/** The overview's way into the interconnection module: one figure of each view, each a link to it. */
export async function InterconnectionSection({ summary, asOf, locale }: { summary: InterconnectionSummary; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("overview.interconnection");
  const day = `date=${asOf}`;
  return (
    <section className="panel" aria-labelledby="overview-interconnection" data-testid="overview-interconnection">
      <h2 id="overview-interconnection">{t("title")}</h2>
      <ul className="figure-tiles">
        <li className="tile">
          <Link href={`/interconnection?${day}`}>
            <span className="tile-label">{t("rollout", { date: formatDate(asOf, locale) })}</span>
            <span className="tile-value">{`${formatNumber(summary.connected, locale)}/${formatNumber(summary.agencies, locale)}`}</span>
          </Link>
        </li>
        <li className="tile">
          <Link href="/interconnection/flows">
            <span className="tile-label">{t("flows")}</span>
            <span className="tile-value small-value">
              {summary.axis ? t("flowsSpan", { from: formatDate(summary.axis.first, locale), to: formatDate(summary.axis.last, locale) }) : t("flowsNone")}
            </span>
          </Link>
        </li>
        <li className="tile">
          <Link href={`/interconnection/indicators?${day}`}>
            <span className="tile-label">{summary.survey ? t("survey", { year: summary.survey.year }) : t("surveyNone")}</span>
            <span className="tile-value">{summary.survey ? `${summary.survey.rank}/${summary.survey.countries}` : "—"}</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
