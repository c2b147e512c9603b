import { byRate, getAgencyBreakdown } from "@/lib/data/progress";
import { completionRate } from "@/lib/domain/rate";
import { asOfStamp, pageAddress, sendTable, viewInfo } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

/** The overview's table of agencies (the lead agencies with tasks, highest rate first), as it shows it. */
export const GET = downloadRoute("overview export", async ({ request, t, locale }) => {
  const view = await resolveView(searchToRaw(request.nextUrl.searchParams));
  if (!view) return plainText(t("asOf.noProgrammes"), 404);
  // In the overview's order: highest rate first.
  const rows = [...(await getAgencyBreakdown(view.current.basis, view.current.asOf))].sort(byRate);
  return sendTable(
    request,
    t,
    {
      sheet: t("overview.byAgency"),
      columns: [
        { header: t("columns.code"), width: 10, value: (row) => row.code },
        { header: t("columns.agency"), width: 32, value: (row) => (locale === "vi" ? row.shortName : row.nameEn) },
        { header: t("status.COMPLETED"), kind: "number", value: (row) => row.completed },
        { header: t("status.IN_PROGRESS"), kind: "number", value: (row) => row.inProgress },
        { header: t("status.NOT_STARTED"), kind: "number", value: (row) => row.notStarted },
        { header: t("columns.assigned"), kind: "number", value: (row) => row.assigned },
        { header: t("columns.rate"), kind: "percent", value: (row) => completionRate(row.completed, row.assigned).ratio },
      ],
      rows,
      info: { sheet: t("export.infoSheet"), lines: viewInfo(t, locale, view, rows.length, pageAddress(request, "/")) },
    },
    `${t("overview.fileName")}-${view.programme.slug}-${asOfStamp(view)}`,
  );
});
