import type { NextRequest } from "next/server";
import { exportTasks } from "@/lib/data/task-list";
import { formatDate } from "@/lib/domain/dates";
import { quarterLabel, formatQuarterParam } from "@/lib/domain/quarter";
import { tasksToCsv, tasksToXlsx, type ExportLabels } from "@/lib/export/task-export";
import { download, downloadRoute } from "@/lib/routes/download-route";
import { plainText } from "@/lib/http/plain-text";
import { parseTaskQuery, searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The task list's own address for these rows, so a reader of the file can open the same list. */
function listAddress(request: NextRequest): string {
  const search = new URLSearchParams(request.nextUrl.searchParams);
  search.delete("format");
  return `${request.nextUrl.origin}/tasks?${search.toString()}`;
}

/** Exactly the rows the task list shows for the same address, every page of them, as CSV or .xlsx. */
export const GET = downloadRoute("task export", async ({ request, t, locale }) => {
  const format = request.nextUrl.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") return plainText(t("export.badFormat"), 400);
  const raw = searchToRaw(request.nextUrl.searchParams);
  const view = await resolveView(raw);
  if (!view) return plainText(t("asOf.noProgrammes"), 404);
  const query = parseTaskQuery(raw);
  const rows = await exportTasks(view.current.basis, view.current.asOf, query.value);

  const asOfText = view.current.period
    ? `${quarterLabel(view.current.period, locale)} (${formatDate(view.current.asOf, locale)})`
    : formatDate(view.current.asOf, locale);
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
    info: [
      [t("export.programme"), `${view.programme.code} · ${locale === "vi" ? view.programme.title : view.programme.titleEn}`],
      [t("export.asOf"), asOfText],
      [t("export.rows"), String(rows.length)],
      [t("export.link"), listAddress(request)],
    ],
  };
  const stamp = view.current.period ? formatQuarterParam(view.current.period) : view.current.asOf;
  const filename = `${t("export.filename")}-${view.programme.slug}-${stamp}.${format}`;
  return download(format === "csv" ? tasksToCsv(rows, labels) : await tasksToXlsx(rows, labels), TYPES[format], filename);
});
