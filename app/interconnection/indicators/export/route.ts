import { appToday } from "@/lib/clock";
import type { Translator } from "@/lib/commands/messages";
import { getServiceSeries, getSurveySeries } from "@/lib/data/indicator-series";
import { exportServiceAgencies, indicatorTarget } from "@/lib/data/indicators";
import { EXPORT_LIMIT } from "@/lib/data/task-list";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Target } from "@/lib/domain/indicator-target";
import type { Locale } from "@/lib/domain/locale";
import { quarterBounds, quarterLabel, quarterOf } from "@/lib/domain/quarter";
import { cutLine, pageAddress, sendTable } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { indicatorsDay } from "@/lib/view/indicators-day";
import { searchToRaw } from "@/lib/view/params";

const PATH = "/interconnection/indicators";
const ratio = (high: number, total: number) => (total === 0 ? null : high / total);

/** What every one of these files is: its day, its target, how many rows, and the page it came from. */
function info(t: Translator, locale: Locale, asOf: IsoDate, target: Target | null, rows: number, address: string, targetText: string): [string, string][] {
  return [
    [t("export.asOf"), formatDate(asOf, locale)],
    ...(target ? ([[t("interconnection.indicators.export.target"), targetText]] as [string, string][]) : []),
    [t("export.rowCount"), String(rows)],
    [t("export.link"), address],
  ];
}

/** The indicators page's three tables, each exactly as the page shows it on its day: `table=agencies|series|surveys`. */
export const GET = downloadRoute("indicators export", async ({ request, t, locale }) => {
  const search = request.nextUrl.searchParams;
  const { asOf } = indicatorsDay(searchToRaw(search), appToday());
  const own = (key: string, values?: Record<string, string | number>) => t(`interconnection.indicators.${key}`, values);
  // The page reads only the day (and ignores `table`): the address opens the same figures.
  const address = pageAddress(request, PATH);
  const table = search.get("table");

  if (table === "agencies") {
    const target = await indicatorTarget("SERVICES_LEVEL_3_4", asOf);
    const found = await exportServiceAgencies(asOf, target, EXPORT_LIMIT + 1);
    const rows = found.slice(0, EXPORT_LIMIT);
    const targetText = target ? own("services.target", { programme: target.programmeCode, value: target.value, due: formatDate(target.dueOn, locale) }) : "";
    return sendTable(request, t, {
      sheet: own("export.agenciesSheet"),
      columns: [
        { header: t("columns.code"), width: 10, value: (row) => row.code },
        { header: own("columns.agency"), width: 28, value: (row) => (locale === "vi" ? row.shortName : row.nameEn) },
        { header: own("columns.countedOn"), kind: "date", width: 12, value: (row) => row.count?.countedOn ?? null },
        { header: own("columns.level1"), kind: "number", value: (row) => row.count?.level1 ?? null },
        { header: own("columns.level2"), kind: "number", value: (row) => row.count?.level2 ?? null },
        { header: own("columns.level3"), kind: "number", value: (row) => row.count?.level3 ?? null },
        { header: own("columns.level4"), kind: "number", value: (row) => row.count?.level4 ?? null },
        { header: own("columns.total"), kind: "number", value: (row) => row.count?.total ?? null },
        { header: own("columns.share"), kind: "percent", value: (row) => (row.count ? ratio(row.count.high, row.count.total) : null) },
        { header: own("columns.target"), width: 20, value: (row) => (row.state ? own(`state.${row.state}`) : null) },
        { header: `${own("columns.share")} (${own("columns.atDue")})`, kind: "percent", value: (row) => (row.atDue ? ratio(row.atDue.high, row.atDue.total) : null) },
      ],
      rows,
      info: { sheet: t("export.infoSheet"), lines: [...info(t, locale, asOf, target, rows.length, address, targetText), ...cutLine(t, found.length > EXPORT_LIMIT)] },
    }, `${own("export.agenciesFile")}-${asOf}`);
  }

  if (table === "series") {
    const [target, points] = await Promise.all([indicatorTarget("SERVICES_LEVEL_3_4", asOf), getServiceSeries(asOf)]);
    const targetText = target ? own("services.target", { programme: target.programmeCode, value: target.value, due: formatDate(target.dueOn, locale) }) : "";
    const label = (day: IsoDate) => (quarterBounds(quarterOf(day)).endsOn === day ? own("series.quarterEnd", { quarter: quarterLabel(quarterOf(day), locale) }) : own("series.asOfDay"));
    return sendTable(request, t, {
      sheet: own("export.seriesSheet"),
      columns: [
        { header: own("columns.day"), width: 22, value: (point) => label(point.day) },
        { header: own("columns.countedOn"), kind: "date", width: 12, value: (point) => point.day },
        { header: own("columns.agencies"), kind: "number", value: (point) => point.agencies },
        { header: own("columns.high"), kind: "number", value: (point) => point.high },
        { header: own("columns.total"), kind: "number", value: (point) => point.total },
        { header: own("columns.share"), kind: "percent", value: (point) => ratio(point.high, point.total) },
      ],
      rows: points,
      info: { sheet: t("export.infoSheet"), lines: info(t, locale, asOf, target, points.length, address, targetText) },
    }, `${own("export.seriesFile")}-${asOf}`);
  }

  if (table === "surveys") {
    const target = await indicatorTarget("EGDI_ASEAN_RANK", asOf);
    const { surveys } = await getSurveySeries(asOf, target);
    const targetText = target ? own("egdi.target", { programme: target.programmeCode, value: target.value, due: formatDate(target.dueOn, locale) }) : "";
    return sendTable(request, t, {
      sheet: own("export.surveysSheet"),
      columns: [
        { header: own("columns.year"), kind: "number", value: (survey) => survey.year },
        { header: own("columns.rank"), kind: "number", value: (survey) => survey.rank },
        { header: own("fields.countries"), kind: "number", value: (survey) => survey.countries },
        { header: own("columns.gained"), kind: "number", value: (survey) => survey.gained },
        { header: own("columns.aseanRank"), kind: "number", value: (survey) => survey.aseanRank },
        { header: own("columns.egdi"), value: (survey) => survey.egdi },
        { header: own("columns.osi"), value: (survey) => survey.osi },
        { header: own("columns.osiRegionRank"), kind: "number", value: (survey) => survey.osiRegionRank },
        { header: own("columns.source"), width: 60, value: (survey) => survey.source },
      ],
      rows: surveys,
      info: { sheet: t("export.infoSheet"), lines: info(t, locale, asOf, target, surveys.length, address, targetText) },
    }, `${own("export.surveysFile")}-${asOf}`);
  }

  return plainText(own("export.badTable"), 400);
});
