import { flowsByAgency } from "@/lib/data/flows";
import { flowInfo } from "@/lib/export/flow-export";
import { sendTable } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { resolveFlowView } from "@/lib/view/flow-period";
import { searchToRaw } from "@/lib/view/params";

/** Every agency's flows in the period (the page shows 25 at a time), lowest signed share first. */
export const GET = downloadRoute("flows export", async ({ request, user, t, locale }) => {
  const view = await resolveFlowView(searchToRaw(request.nextUrl.searchParams), user);
  if (!view) return plainText(t("interconnection.flows.none"), 404);
  // Every agency's figures: not an agency officer's to download (they read their own on the page).
  if (view.scoped) return plainText(t("interconnection.flows.ownOnly"), 403);
  // Top-level agencies only: a bounded list, whatever the period.
  const { rows } = await flowsByAgency(view.from, view.to, 1, 1_000);
  const c = (key: string) => t(`interconnection.flows.columns.${key}`);
  const seconds = (value: number | null) => (value === null ? null : Math.round(value / 360) / 10);
  return sendTable(
    request,
    t,
    {
      sheet: t("interconnection.tabs.flows"),
      columns: [
        { header: c("agency"), width: 30, value: (row) => (locale === "vi" ? row.shortName : row.nameEn) },
        { header: c("sent"), kind: "number", width: 10, value: (row) => row.sent },
        { header: c("signed"), kind: "number", width: 10, value: (row) => row.signed },
        { header: c("share"), kind: "number", width: 12, value: (row) => (row.sent > 0 ? Math.round((row.signed / row.sent) * 1000) / 10 : null) },
        { header: c("received"), kind: "number", width: 10, value: (row) => row.received },
        { header: `${c("accepted")} (${t("interconnection.flows.hours")})`, kind: "number", width: 18, value: (row) => seconds(row.times["03"].median) },
        { header: `${c("assigned")} (${t("interconnection.flows.hours")})`, kind: "number", width: 18, value: (row) => seconds(row.times["05"].median) },
        { header: `${c("finished")} (${t("interconnection.flows.hours")})`, kind: "number", width: 18, value: (row) => seconds(row.times["06"].median) },
      ],
      rows,
      info: { sheet: t("export.infoSheet"), lines: flowInfo(t, locale, view, rows.length, request, "/interconnection/flows") },
    },
    `${t("interconnection.flows.fileName")}-${view.from}-${view.to}`,
  );
});
