import { getTranslations } from "next-intl/server";
import type { GridAgency } from "@/lib/data/rollout";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { STAGE_LEVELS, type StageLevel } from "@/lib/domain/rollout";

/** A shape beside each colour, so the stage reads without telling colours apart (and in print). */
export const STAGE_MARKS: Record<StageLevel, string> = { NOT_CONNECTED: "○", CONNECTED: "◔", SEND_RECEIVE: "◑", STATUS_FEEDBACK: "●" };

/**
 * Every central agency and province, grouped by kind, each cell coloured by its stage as of the day and
 * a link to the agency's page that names the agency and its stage. Server-rendered HTML: 92 links, no
 * chart library.
 */
export async function RolloutGrid({ agencies, asOf, locale }: { agencies: GridAgency[]; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("interconnection.rollout");
  const kinds = [...new Set(agencies.map((agency) => agency.kind))];
  const tally = (level: StageLevel) => agencies.filter((agency) => agency.level === level).length;
  return (
    <section className="panel" aria-labelledby="rollout-grid">
      <h2 id="rollout-grid">{t("grid.title")}</h2>
      <p className="muted">{t("grid.lead", { date: formatDate(asOf, locale) })}</p>
      <ul className="stage-legend" aria-label={t("grid.legend")}>
        {STAGE_LEVELS.map((level) => (
          <li key={level}>
            <span className={`stage-swatch stage-${level}`} aria-hidden="true">{STAGE_MARKS[level]}</span> {t(`stages.${level}`)} ({formatNumber(tally(level), locale)})
          </li>
        ))}
      </ul>
      {kinds.map((kind) => {
        const members = agencies.filter((agency) => agency.kind === kind);
        return (
          <div key={kind} className="rollout-kind">
            <h3 id={`rollout-kind-${kind}`}>
              {t(`kinds.${kind}`)} <span className="muted">· {t("grid.kindCount", { count: formatNumber(members.length, locale) })}</span>
            </h3>
            <ul className="rollout-grid" aria-labelledby={`rollout-kind-${kind}`} data-testid="rollout-grid">
              {members.map((agency) => {
                const name = locale === "vi" ? agency.shortName : agency.nameEn;
                const stage = t(`stages.${agency.level}`);
                const label = agency.reachedOn ? t("grid.cellSince", { agency: name, stage, date: formatDate(agency.reachedOn, locale) }) : t("grid.cell", { agency: name, stage });
                return (
                  <li key={agency.code}>
                    <a href={`/agencies/${agency.code}?date=${asOf}`} className={`stage-${agency.level}`} aria-label={label}>
                      <span className="cell-name"><span aria-hidden="true">{STAGE_MARKS[agency.level]} </span>{name}</span>
                      {agency.reachedOn && <span className="cell-day">{formatDate(agency.reachedOn, locale)}</span>}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
