import { appToday } from "@/lib/clock";
import { CHANGE_GROUPS, compareSnapshots } from "@/lib/data/comparison";
import { periodAsOf, periodBasis, type PeriodRef } from "@/lib/data/periods";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { EXPORT_LIMIT } from "@/lib/data/task-list";
import { cutLine, pageAddress, programmeLine, sendTable } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { searchToRaw } from "@/lib/view/params";
import { resolveComparison } from "@/lib/view/resolve-comparison";

/** Every task of the comparison's five lists (the page shows each list's first rows), as CSV (the default) or .xlsx. */
export const GET = downloadRoute("comparison export", async ({ request, t, locale }) => {
  const found = await resolveComparison(searchToRaw(request.nextUrl.searchParams));
  if (!found) return plainText(t("asOf.noProgrammes"), 404);
  const { from, to, programme } = found;
  if (!from || !to) return plainText(t("compare.needTwo"), 404);
  const today = appToday();
  const side = (p: PeriodRef) => ({ basis: periodBasis(p, today), asOf: periodAsOf(p, today) });
  // Each list at most EXPORT_LIMIT rows (the counts stay whole), as the task list's download.
  const comparison = await compareSnapshots(side(from), side(to), { limit: EXPORT_LIMIT });
  const cut = CHANGE_GROUPS.some((group) => comparison.totals[group] > comparison[group].length);
  const status = (value: string | null) => (value ? t(`status.${value}`) : t("compare.notAssigned"));
  const rows = CHANGE_GROUPS.flatMap((group) => comparison[group].map((task) => ({ group, task })));
  const [fromLabel, toLabel] = [quarterLabel(from, locale), quarterLabel(to, locale)];
  return sendTable(
    request,
    t,
    {
      sheet: t("compare.title"),
      columns: [
        { header: t("compare.list"), width: 30, value: (row) => t(`compare.groups.${row.group}`) },
        { header: t("columns.code"), width: 10, value: (row) => row.task.code },
        { header: t("columns.title"), width: 60, value: (row) => row.task.title },
        { header: t("columns.agency"), width: 24, value: (row) => (locale === "vi" ? row.task.agencyShortName : row.task.agencyNameEn) },
        { header: fromLabel, width: 18, value: (row) => status(row.task.fromStatus) },
        { header: toLabel, width: 18, value: (row) => status(row.task.toStatus) },
        { header: t("columns.deadline"), kind: "date", width: 12, value: (row) => row.task.deadline },
      ],
      rows,
      info: {
        sheet: t("export.infoSheet"),
        lines: [
          programmeLine(t, locale, programme),
          [t("compare.title"), t("compare.heading", { from: fromLabel, to: toLabel })],
          [t("export.rowCount"), String(rows.length)],
          [t("export.link"), pageAddress(request, "/compare")],
          ...cutLine(t, cut),
        ],
      },
    },
    `${t("compare.fileName")}-${programme.slug}-${formatQuarterParam(from)}-${formatQuarterParam(to)}`,
    "csv",
  );
});
