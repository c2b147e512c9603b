import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ProvinceUnits } from "@/lib/data/rollout";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { SUBUNIT_GROUPS, type SubunitGroup } from "@/lib/domain/rollout";
import { rolloutRowsHref } from "@/lib/view/rollout-params";
import { STAGE_MARKS } from "./rollout-grid";

/**
 * Each province's own stage and, per kind, how many of its sub-units are connected of how many, each
 * figure a link to those units; the nation's totals at the foot.
 */
export async function ProvinceUnitsSection({ provinces, asOf, locale }: { provinces: ProvinceUnits[]; asOf: IsoDate; locale: Locale }) {
  const t = await getTranslations("interconnection.rollout");
  const n = (value: number) => formatNumber(value, locale);
  const sum = (group: SubunitGroup, field: "connected" | "total") => provinces.reduce((total, p) => total + p.units[group][field], 0);
  const unitLink = (province: ProvinceUnits, group: SubunitGroup) => {
    const { connected, total } = province.units[group];
    const name = locale === "vi" ? province.shortName : province.nameEn;
    return (
      <a
        href={rolloutRowsHref(asOf, { group, stage: "ANY_CONNECTED", province: province.code })}
        aria-label={t("provinces.cell", { province: name, connected: n(connected), total: n(total), kind: t(`groups.${group}`) })}
      >
        {n(connected)}/{n(total)}
      </a>
    );
  };
  return (
    <section className="panel" aria-labelledby="rollout-provinces">
      <h2 id="rollout-provinces">{t("provinces.title")}</h2>
      <p className="muted">{t("provinces.lead")}</p>
      <DataTable
        testId="rollout-provinces"
        caption={t("provinces.caption", { date: formatDate(asOf, locale) })}
        locale={locale}
        rows={provinces}
        rowKey={(province) => province.code}
        empty={t("rows.empty")}
        columns={[
          {
            key: "province",
            header: t("provinces.province"),
            kind: "head",
            cell: (p) => <a href={`/agencies/${p.code}?date=${asOf}`}>{locale === "vi" ? p.shortName : p.nameEn}</a>,
          },
          {
            key: "stage",
            header: t("provinces.stage"),
            cell: (p) => (
              <>
                <span className={`stage-swatch stage-${p.level}`} aria-hidden="true">{STAGE_MARKS[p.level]}</span> {t(`stages.${p.level}`)}
                {p.reachedOn && <span className="muted"> · {formatDate(p.reachedOn, locale)}</span>}
              </>
            ),
          },
          ...SUBUNIT_GROUPS.map((group) => ({ key: group, header: t(`groups.${group}`), className: "num", cell: (p: ProvinceUnits) => unitLink(p, group) })),
        ]}
        footer={
          <tr>
            <th scope="row">{t("provinces.total")}</th>
            <td />
            {SUBUNIT_GROUPS.map((group) => (
              <td key={group} className="num">
                <a href={rolloutRowsHref(asOf, { group, stage: "ANY_CONNECTED" })} data-testid={`rollout-units-${group}`}>
                  {n(sum(group, "connected"))}/{n(sum(group, "total"))}
                </a>
              </td>
            ))}
          </tr>
        }
      />
    </section>
  );
}
