import { appToday } from "@/lib/clock";
import { quarterlyReportToDocx } from "@/lib/export/report-docx";
import { quarterlyReportToXlsx } from "@/lib/export/report-xlsx";
import { download, downloadRoute } from "@/lib/routes/download-route";
import { plainText } from "@/lib/http/plain-text";
import { reportWithTasks } from "@/lib/report/report-for-period";
import { reportParagraphs, type Translate } from "@/lib/report/report-text";
import { searchToRaw } from "@/lib/view/params";
import { formatQuarterParam } from "@/lib/domain/quarter";
import { resolvePeriod } from "@/lib/view/resolve-period";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The quarterly report as an .xlsx workbook or an editable .docx, in the reader's language. */
export const GET = downloadRoute<{ quarter: string }>("quarterly report export", async ({ request, params, t, locale }) => {
  const format = request.nextUrl.searchParams.get("format");
  if (format !== "xlsx" && format !== "docx") return plainText(t("reportPage.badFormat"), 400);
  const found = await resolvePeriod(searchToRaw(request.nextUrl.searchParams), params.quarter);
  if (!found) return plainText(t("notFound.title"), 404);
  const { report, tasks } = await reportWithTasks(found, appToday());
  const translate = t as unknown as Translate;
  const paragraphs = reportParagraphs(report, (key, values) => translate(`reportText.${key}`, values), locale);
  const body = format === "xlsx"
    ? await quarterlyReportToXlsx(report, paragraphs, tasks, translate, locale)
    : await quarterlyReportToDocx(report, paragraphs, translate, locale);
  const filename = `${t("reportDoc.filename")}-${found.programme.slug}-${formatQuarterParam(found.period)}.${format}`;
  return download(body, TYPES[format], filename);
});
