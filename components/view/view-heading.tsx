import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { quarterLabel } from "@/lib/domain/quarter";
import type { ResolvedView } from "@/lib/view/resolve-view";

/** The page's title and what its figures are as of: a quarter (closed or running) or a day. */
export async function ViewHeading({ title, view, locale }: { title: string; view: ResolvedView; locale: Locale }) {
  const t = await getTranslations("asOf");
  const { period, asOf } = view.current;
  const programmeTitle = locale === "vi" ? view.programme.title : view.programme.titleEn;
  return (
    <header className="view-heading">
      <p className="eyebrow" title={programmeTitle}>
        {view.programme.code}
      </p>
      <h1>{title}</h1>
      <p className="as-of-line" data-testid="as-of">
        {period ? (
          <>
            <strong>{quarterLabel(period, locale)}</strong>{" "}
            <span className={`badge badge-${period.state.toLowerCase()}`}>{t(`state.${period.state}`)}</span>{" "}
          </>
        ) : null}
        <span>{t("asOfDate", { date: formatDate(asOf, locale) })}</span>
      </p>
    </header>
  );
}
