import { getOverdueTasks } from "@/lib/data/progress";
import { EXPORT_LIMIT } from "@/lib/data/task-list";
import { asOfStamp, cutLine, pageAddress, sendTable, viewInfo } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

/** Every overdue task of the view (the page shows ten agencies at a time), longest overdue first. */
export const GET = downloadRoute("overdue export", async ({ request, t, locale }) => {
  const view = await resolveView(searchToRaw(request.nextUrl.searchParams));
  if (!view) return plainText(t("asOf.noProgrammes"), 404);
  // As the task list's download: at most EXPORT_LIMIT rows, and the file says when it stops there.
  const found = await getOverdueTasks(view.current.basis, view.current.asOf, EXPORT_LIMIT + 1);
  const rows = found.slice(0, EXPORT_LIMIT);
  const cut = found.length > EXPORT_LIMIT;
  return sendTable(
    request,
    t,
    {
      sheet: t("overdue.title"),
      columns: [
        { header: t("columns.code"), width: 10, value: (row) => row.code },
        { header: t("columns.title"), width: 60, value: (row) => row.title },
        { header: t("columns.agency"), width: 28, value: (row) => (locale === "vi" ? row.agencyShortName : row.agencyNameEn) },
        { header: t("columns.deadline"), kind: "date", width: 12, value: (row) => row.deadline },
        { header: t("columns.status"), width: 18, value: (row) => t(`status.${row.status}`) },
        { header: t("columns.daysOverdue"), kind: "number", width: 12, value: (row) => row.daysOverdue },
      ],
      rows,
      info: { sheet: t("export.infoSheet"), lines: [...viewInfo(t, locale, view, rows.length, pageAddress(request, "/overdue")), ...cutLine(t, cut)] },
    },
    `${t("overdue.fileName")}-${view.programme.slug}-${asOfStamp(view)}`,
  );
});
