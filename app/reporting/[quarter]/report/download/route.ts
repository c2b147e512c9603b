import { getTranslations } from "next-intl/server";
import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { todayInVietnam } from "@/lib/domain/dates";
import { quarterlyReportToDocx } from "@/lib/export/report-docx";
import { quarterlyReportToXlsx } from "@/lib/export/report-xlsx";
import { attachment } from "@/lib/http/attachment";
import { logServerError } from "@/lib/http/error-id";
import { plainText } from "@/lib/http/plain-text";
import { currentLocale } from "@/lib/i18n/current-locale";
import { reportWithTasks } from "@/lib/report/report-for-period";
import { reportParagraphs, type Translate } from "@/lib/report/report-text";
import { formatQuarterParam, searchToRaw } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The quarterly report as an .xlsx workbook or an editable .docx, in the reader's language. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ quarter: string }> }) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale });
  if (!(await currentUser())) return plainText(t("signIn.required"), 401);
  const format = request.nextUrl.searchParams.get("format");
  if (format !== "xlsx" && format !== "docx") return plainText(t("reportPage.badFormat"), 400);
  try {
    const found = await resolvePeriod(searchToRaw(request.nextUrl.searchParams), (await params).quarter);
    if (!found) return plainText(t("notFound.title"), 404);
    const { report, tasks } = await reportWithTasks(found, todayInVietnam());
    const translate = t as unknown as Translate;
    const paragraphs = reportParagraphs(report, (key, values) => translate(`reportText.${key}`, values), locale);
    const body = format === "xlsx"
      ? await quarterlyReportToXlsx(report, paragraphs, tasks, translate, locale)
      : await quarterlyReportToDocx(report, paragraphs, translate, locale);
    const filename = `${t("reportDoc.filename")}-${found.programme.slug}-${formatQuarterParam(found.period)}.${format}`;
    return new NextResponse(new Uint8Array(body), { headers: { "content-type": TYPES[format], ...attachment(filename) } });
  } catch (error) {
    return plainText(t("error.withId", { id: logServerError(error, "quarterly report export") }), 500);
  }
}
