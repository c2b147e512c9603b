import { getTranslations } from "next-intl/server";
import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { exportTasks } from "@/lib/data/task-list";
import { formatDate } from "@/lib/domain/dates";
import { quarterLabel } from "@/lib/domain/quarter";
import { tasksToCsv, tasksToXlsx, type ExportLabels } from "@/lib/export/task-export";
import { attachment } from "@/lib/http/attachment";
import { logServerError } from "@/lib/http/error-id";
import { currentLocale } from "@/lib/i18n/current-locale";
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
export async function GET(request: NextRequest) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale });
  if (!(await currentUser())) {
    return new NextResponse(t("signIn.required"), { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const format = request.nextUrl.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") {
    return new NextResponse(t("export.badFormat"), { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  try {
    const raw = searchToRaw(request.nextUrl.searchParams);
    const view = await resolveView(raw);
    if (!view) return new NextResponse(t("asOf.noProgrammes"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
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
    const stamp = view.current.period ? `${view.current.period.year}-Q${view.current.period.quarter}` : view.current.asOf;
    const filename = `${t("export.filename")}-${view.programme.slug}-${stamp}.${format}`;
    const body = format === "csv" ? tasksToCsv(rows, labels) : await tasksToXlsx(rows, labels);
    return new NextResponse(typeof body === "string" ? body : new Uint8Array(body), {
      headers: { "content-type": TYPES[format], ...attachment(filename) },
    });
  } catch (error) {
    const id = logServerError(error, "task export");
    return new NextResponse(t("error.withId", { id }), { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
