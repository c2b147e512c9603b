import { appToday } from "@/lib/clock";
import { listPeriodReports } from "@/lib/data/reporting";
import { formatDate } from "@/lib/domain/dates";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { pageAddress, programmeLine, sendTable } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { searchToRaw } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";

/** Every agency asked to report in the quarter, as the quarter's page lists them. */
export const GET = downloadRoute<{ quarter: string }>("quarter's reports export", async ({ request, params, t, locale }) => {
  const found = await resolvePeriod(searchToRaw(request.nextUrl.searchParams), params.quarter);
  if (!found) return plainText(t("notFound.title"), 404);
  const { programme, period } = found;
  const today = appToday();
  const rows = await listPeriodReports(period.id, today);
  return sendTable(
    request,
    t,
    {
      sheet: quarterLabel(period, locale),
      columns: [
        { header: t("columns.code"), width: 10, value: (row) => row.agencyCode },
        { header: t("reporting.columns.agency"), width: 32, value: (row) => (locale === "vi" ? row.agencyShortName : row.agencyNameEn) },
        { header: t("reporting.columns.kind"), width: 22, value: (row) => t(`agencyKind.${row.kind}`) },
        { header: t("reporting.columns.timeliness"), width: 22, value: (row) => t(`reporting.timeliness.${row.timeliness}`) },
        { header: t("reporting.columns.daysPastDue"), kind: "number", value: (row) => (row.daysPastDue > 0 ? row.daysPastDue : null) },
        { header: t("reporting.columns.sentOn"), kind: "date", width: 12, value: (row) => row.firstSubmittedOn },
        { header: t("reporting.columns.reportState"), width: 24, value: (row) => t(`reporting.reportState.${row.state}`) },
      ],
      rows,
      info: {
        sheet: t("export.infoSheet"),
        lines: [
          programmeLine(t, locale, programme),
          [t("export.asOf"), `${quarterLabel(period, locale)} (${formatDate(today, locale)})`],
          [t("export.rowCount"), String(rows.length)],
          [t("export.link"), pageAddress(request, `/reporting/${formatQuarterParam(period)}`)],
        ],
      },
    },
    `${t("reporting.fileName")}-${programme.slug}-${formatQuarterParam(period)}`,
  );
});
