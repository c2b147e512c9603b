import { appToday } from "@/lib/clock";
import { getRolloutGrid } from "@/lib/data/rollout";
import { formatDate } from "@/lib/domain/dates";
import { pageAddress, sendTable } from "@/lib/export/view-export";
import { downloadRoute } from "@/lib/routes/download-route";
import { indicatorsDay } from "@/lib/view/indicators-day";
import { searchToRaw } from "@/lib/view/params";
import { ROLLOUT_PATH } from "@/lib/view/rollout-params";

/** The rollout's grid as the page shows it: every central agency and province with its stage as of the day. */
export const GET = downloadRoute("rollout export", async ({ request, t, locale }) => {
  const day = indicatorsDay(searchToRaw(request.nextUrl.searchParams), appToday());
  const rows = await getRolloutGrid(day.asOf);
  const r = (key: string) => t(`interconnection.rollout.${key}`);
  return sendTable(
    request,
    t,
    {
      sheet: r("export.gridSheet"),
      columns: [
        { header: r("rows.kind"), width: 24, value: (row) => t(`agencyKind.${row.kind}`) },
        { header: r("rows.code"), width: 10, value: (row) => row.code },
        { header: r("rows.agency"), width: 40, value: (row) => (locale === "vi" ? row.shortName : row.nameEn) },
        { header: r("rows.stage"), width: 30, value: (row) => r(`stages.${row.level}`) },
        { header: r("rows.reachedOn"), kind: "date", width: 12, value: (row) => row.reachedOn },
      ],
      rows,
      info: {
        sheet: t("export.infoSheet"),
        lines: [[t("export.asOf"), formatDate(day.asOf, locale)], [t("export.rowCount"), String(rows.length)], [t("export.link"), pageAddress(request, ROLLOUT_PATH)]],
      },
    },
    `${r("export.gridFile")}-${day.asOf}`,
  );
});
