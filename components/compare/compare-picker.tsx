import { getTranslations } from "next-intl/server";
import type { PeriodRef } from "@/lib/data/periods";
import type { Locale } from "@/lib/domain/locale";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";

type Props = { programme: string; periods: PeriodRef[]; from: PeriodRef; to: PeriodRef; locale: Locale };

/** A plain GET form: the two quarters land in the address, so a comparison can be linked to. */
export async function ComparePicker({ programme, periods, from, to, locale }: Props) {
  const t = await getTranslations("compare");
  const options = periods.map((p) => (
    <option key={p.id} value={formatQuarterParam(p)}>
      {quarterLabel(p, locale)}
    </option>
  ));
  return (
    <form method="get" action="/compare" className="filters no-print" aria-label={t("pick")}>
      <input type="hidden" name="programme" value={programme} />
      <div className="field">
        <label htmlFor="compare-from">{t("from")}</label>
        <select id="compare-from" name="from" defaultValue={formatQuarterParam(from)}>{options}</select>
      </div>
      <div className="field">
        <label htmlFor="compare-to">{t("to")}</label>
        <select id="compare-to" name="to" defaultValue={formatQuarterParam(to)}>{options}</select>
      </div>
      <button type="submit">{t("show")}</button>
    </form>
  );
}
