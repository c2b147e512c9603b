import { appToday } from "@/lib/clock";
import { allRolloutAgencies, countRolloutAgencies, provinceNames } from "@/lib/data/rollout-rows";
import { EXPORT_LIMIT } from "@/lib/data/task-list";
import { formatDate } from "@/lib/domain/dates";
import { cutLine, pageAddress, sendTable } from "@/lib/export/view-export";
import { downloadRoute } from "@/lib/routes/download-route";
import { indicatorsDay } from "@/lib/view/indicators-day";
import { searchToRaw } from "@/lib/view/params";
import { describeRolloutFilter, parseRolloutFilter, ROLLOUT_ROWS_PATH } from "@/lib/view/rollout-params";

/** Every agency behind one of the rollout's counts (the page shows 25 at a time), up to the task list's limit. */
export const GET = downloadRoute("rollout agencies export", async ({ request, t, locale }) => {
  const raw = searchToRaw(request.nextUrl.searchParams);
  const day = indicatorsDay(raw, appToday());
  const { filter } = parseRolloutFilter(raw);
  const [total, found, province] = await Promise.all([
    countRolloutAgencies(day.asOf, filter),
    allRolloutAgencies(day.asOf, filter, EXPORT_LIMIT),
    filter.province ? provinceNames(filter.province) : null,
  ]);
  const r = (key: string, values?: Record<string, string | number>) => t(`interconnection.rollout.${key}`, values);
  const name = (agency: { shortName: string; nameEn: string } | null) => (agency ? (locale === "vi" ? agency.shortName : agency.nameEn) : "");
  return sendTable(
    request,
    t,
    {
      sheet: r("export.rowsSheet"),
      columns: [
        { header: r("rows.code"), width: 18, value: (row) => row.code },
        { header: r("rows.agency"), width: 40, value: (row) => name(row) },
        { header: r("rows.province"), width: 24, value: (row) => name(row.province) },
        { header: r("rows.parent"), width: 24, value: (row) => (row.parent && row.parent.code !== row.province?.code ? name(row.parent) : "") },
        { header: r("rows.stage"), width: 30, value: (row) => r(`stages.${row.level}`) },
        { header: r("rows.reachedOn"), kind: "date", width: 12, value: (row) => row.reachedOn },
        { header: r("rows.identifierCode"), width: 18, value: (row) => row.identifierCode },
      ],
      rows: found,
      info: {
        sheet: t("export.infoSheet"),
        lines: [
          [r("export.filter"), describeRolloutFilter(r, filter, province && name(province))],
          [t("export.asOf"), formatDate(day.asOf, locale)],
          [t("export.rowCount"), String(found.length)],
          [t("export.link"), pageAddress(request, ROLLOUT_ROWS_PATH)],
          ...cutLine(t, total > found.length),
        ],
      },
    },
    `${r("export.rowsFile")}-${day.asOf}`,
  );
});
