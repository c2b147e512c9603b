import { listAgencies } from "@/lib/data/agencies";
import { completionRate } from "@/lib/domain/rate";
import { asOfStamp, pageAddress, sendTable, viewInfo } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { parseAgencyListQuery, searchToRaw } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

/** The agency list as the page shows it: the same as-of, kinds and order. */
export const GET = downloadRoute("agency list export", async ({ request, t, locale }) => {
  const raw = searchToRaw(request.nextUrl.searchParams);
  const view = await resolveView(raw);
  if (!view) return plainText(t("asOf.noProgrammes"), 404);
  const rows = await listAgencies(view.current.basis, view.current.asOf, view.programme.id, { ...parseAgencyListQuery(raw).value, locale });
  return sendTable(
    request,
    t,
    {
      sheet: t("agencies.title"),
      columns: [
        { header: t("columns.code"), width: 10, value: (row) => row.code },
        { header: t("columns.agency"), width: 36, value: (row) => (locale === "vi" ? row.name : row.nameEn) },
        { header: t("columns.agencyKind"), width: 22, value: (row) => t(`agencyKind.${row.kind}`) },
        { header: t("columns.assigned"), kind: "number", value: (row) => row.assigned },
        { header: t("status.COMPLETED"), kind: "number", value: (row) => row.completed },
        { header: t("columns.rate"), kind: "percent", value: (row) => completionRate(row.completed, row.assigned).ratio },
        { header: t("status.OVERDUE"), kind: "number", value: (row) => row.overdue },
        { header: t("columns.actionPlan"), width: 16, value: (row) => (row.planIssued ? t("agencies.planIssued") : t("agencies.planMissing")) },
      ],
      rows,
      info: { sheet: t("export.infoSheet"), lines: viewInfo(t, locale, view, rows.length, pageAddress(request, "/agencies")) },
    },
    `${t("agencies.fileName")}-${view.programme.slug}-${asOfStamp(view)}`,
  );
});
