import { exportTasks } from "@/lib/data/task-list";
import { tasksToCsv, tasksToXlsx, type ExportLabels } from "@/lib/export/task-export";
import { EXPORT_TYPES, exportFormat } from "@/lib/export/table-export";
import { asOfStamp, pageAddress, viewInfo } from "@/lib/export/view-export";
import { download, downloadRoute } from "@/lib/routes/download-route";
import { plainText } from "@/lib/http/plain-text";
import { parseTaskQuery, searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

/** Exactly the rows the task list shows for the same address, every page of them, as CSV or .xlsx. */
export const GET = downloadRoute("task export", async ({ request, t, locale }) => {
  const format = exportFormat(request.nextUrl.searchParams.get("format"));
  if (!format) return plainText(t("export.badFormat"), 400);
  const raw = searchToRaw(request.nextUrl.searchParams);
  const view = await resolveView(raw);
  if (!view) return plainText(t("asOf.noProgrammes"), 404);
  const rows = await exportTasks(view.current.basis, view.current.asOf, parseTaskQuery(raw).value);
  const labels: ExportLabels = {
    headers: {
      code: t("columns.code"),
      title: t("columns.title"),
      agency: t("columns.agency"),
      agencyKind: t("columns.agencyKind"),
      deadline: t("columns.deadline"),
      status: t("columns.status"),
      class: t("columns.class"),
      completedOn: t("columns.completedOn"),
      daysOverdue: t("columns.daysOverdue"),
      lastUpdate: t("columns.lastUpdate"),
    },
    status: (status) => t(`status.${status}`),
    taskClass: (c) => t(`taskClass.${c}`),
    agencyKind: (kind) => t(`agencyKind.${kind}`),
    sheet: t("export.sheet"),
    infoSheet: t("export.infoSheet"),
    info: viewInfo(t, locale, view, rows.length, pageAddress(request, "/tasks")),
  };
  const filename = `${t("export.filename")}-${view.programme.slug}-${asOfStamp(view)}.${format}`;
  return download(format === "csv" ? tasksToCsv(rows, labels) : await tasksToXlsx(rows, labels), EXPORT_TYPES[format], filename);
});
