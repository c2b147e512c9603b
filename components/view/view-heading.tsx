import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import type { ResolvedView } from "@/lib/view/resolve-view";

/**
 * The page's title and what its figures are as of: today's (by default), a quarter (closed or
 * running) or a day; with the other of "now" and "the latest closed quarter" one click away. The
 * links are relative ("?…"): the same page, another as-of.
 */
export async function ViewHeading({ title, view, locale, keep = [] }: { title: string; view: ResolvedView; locale: Locale; keep?: [string, string][] }) {
  const t = await getTranslations("asOf");
  const { period, asOf } = view.current;
  const programmeTitle = locale === "vi" ? view.programme.title : view.programme.titleEn;
  const closed = view.live ? view.previous?.period : null;
  // The page's own parameters (filters, sort, search) go along; its page number does not.
  const href = (asOf: Record<string, string>) => `?${new URLSearchParams([["programme", view.programme.slug], ...Object.entries(asOf), ...keep.filter(([name]) => name !== "page")]).toString()}`;
  return (
    <header className="view-heading">
      <p className="eyebrow" title={programmeTitle}>
        {view.programme.code}
      </p>
      <h1>{title}</h1>
      <p className="as-of-line" data-testid="as-of">
        {view.live ? (
          <>
            <strong>{t("live", { date: formatDate(asOf, locale) })}</strong>
            {closed && (
              <>
                {" · "}
                <span>{t("comparedWith", { quarter: quarterLabel(closed, locale) })}</span>{" "}
                <a href={href({ quarter: formatQuarterParam(closed) })} data-testid="show-closed">
                  {t("showClosed", { quarter: quarterLabel(closed, locale) })}
                </a>
              </>
            )}
          </>
        ) : (
          <>
            {period && (
              <>
                <strong>{quarterLabel(period, locale)}</strong>{" "}
                <span className={`badge badge-${period.state.toLowerCase()}`}>{t(`state.${period.state}`)}</span>{" "}
              </>
            )}
            <span>{t("asOfDate", { date: formatDate(asOf, locale) })}</span>{" "}
            <a href={href({})} data-testid="show-live">
              {t("showLive")}
            </a>
          </>
        )}
      </p>
    </header>
  );
}
