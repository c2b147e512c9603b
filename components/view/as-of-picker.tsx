import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/locale";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import type { ResolvedView } from "@/lib/view/resolve-view";
import { DateField } from "@/components/ui/date-field";

type Props = {
  view: ResolvedView;
  locale: Locale;
  path: string;
  /** Other parameters of the page (filters) that choosing another as-of keeps. */
  keep?: [string, string][];
};

/**
 * Two plain GET forms, a quarter or a day, so the choice lands in the address and works without
 * JavaScript. Choosing one drops the other.
 */
export async function AsOfPicker({ view, locale, path, keep = [] }: Props) {
  const t = await getTranslations("asOf");
  const hidden = keep.map(([name, value], index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />);
  const programmeField =
    view.programmes.length > 1 ? (
      <div className="field">
        <label htmlFor="as-of-programme">{t("programme")}</label>
        <select id="as-of-programme" name="programme" defaultValue={view.programme.slug}>
          {view.programmes.map((p) => (
            <option key={p.id} value={p.slug}>
              {p.code}
            </option>
          ))}
        </select>
      </div>
    ) : (
      <input type="hidden" name="programme" value={view.programme.slug} />
    );
  const selected = view.current.period ? formatQuarterParam(view.current.period) : "";
  return (
    <div className="as-of-picker no-print" role="group" aria-label={t("label")}>
      <form method="get" action={path}>
        {hidden}
        {programmeField}
        <div className="field">
          <label htmlFor="as-of-quarter">{t("quarter")}</label>
          <select id="as-of-quarter" name="quarter" defaultValue={selected}>
            {!selected && <option value="">{t("chooseQuarter")}</option>}
            {view.periods.map((p) => (
              <option key={p.id} value={formatQuarterParam(p)}>
                {quarterLabel(p, locale)} · {t(`state.${p.state}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("show")}</button>
      </form>
      <form method="get" action={path}>
        {hidden}
        <input type="hidden" name="programme" value={view.programme.slug} />
        <div className="field">
          <DateField key={view.current.asOf} label={t("date")} name="date" defaultValue={view.current.period ? null : view.current.asOf} required />
        </div>
        <button type="submit">{t("show")}</button>
      </form>
    </div>
  );
}
