import { appNow } from "@/lib/clock";
import { EXPORT_LIMIT } from "@/lib/data/task-list";
import { formatDateTime } from "@/lib/domain/dates";
import { flowInfo } from "@/lib/export/flow-export";
import { cutLine, sendTable } from "@/lib/export/view-export";
import { plainText } from "@/lib/http/plain-text";
import { downloadRoute } from "@/lib/routes/download-route";
import { resolveFlowView } from "@/lib/view/flow-period";
import { flowRows, rowKindOf } from "@/lib/view/flow-rows";
import { searchToRaw } from "@/lib/view/params";

/** The rows behind a flows figure, every one up to the task list's limit (the file says when it stops). */
export const GET = downloadRoute("flow rows export", async ({ request, user, t, locale }) => {
  const raw = searchToRaw(request.nextUrl.searchParams);
  const view = await resolveFlowView(raw, user);
  const kind = rowKindOf(raw);
  if (!view) return plainText(t("interconnection.flows.none"), 404);
  const found = kind ? await flowRows(view, kind, appNow(), 1, EXPORT_LIMIT) : null;
  if (!kind || !found) return plainText(t(kind ? "interconnection.flows.rows.noAgency" : "interconnection.flows.rows.badKind"), 400);
  const c = (key: string) => t(`interconnection.flows.columns.${key}`);
  const name = (vi: string | null, en: string | null) => (locale === "vi" ? vi : en) ?? "";
  const info = [...flowInfo(t, locale, view, found.page.rows.length, request, "/interconnection/flows/documents"), ...cutLine(t, found.page.total > found.page.rows.length)];
  const file = `${t(kind === "stuck" ? "interconnection.flows.stuckFile" : "interconnection.flows.rowsFile")}-${view.agency?.code ?? "all"}-${view.from}-${view.to}`;
  if (found.kind === "stuck") {
    const asOf = found.page.asOf;
    return sendTable(
      request,
      t,
      {
        sheet: t("interconnection.flows.stuckCaption"),
        columns: [
          { header: c("document"), width: 24, value: (row) => row.documentId },
          { header: c("sender"), width: 26, value: (row) => name(row.senderShortName, row.senderNameEn) },
          { header: c("receiver"), width: 26, value: (row) => name(row.receiverShortName, row.receiverNameEn) },
          { header: c("state"), width: 22, value: (row) => t(`interconnection.flows.states.${row.state}`) },
          { header: c("since"), width: 18, value: (row) => formatDateTime(row.stateAt, locale) },
          { header: c("daysInState"), kind: "number", width: 10, value: (row) => Math.floor((asOf.getTime() - row.stateAt.getTime()) / 86_400_000) },
        ],
        rows: found.page.rows,
        info: { sheet: t("export.infoSheet"), lines: info },
      },
      file,
    );
  }
  return sendTable(
    request,
    t,
    {
      sheet: t("interconnection.tabs.flows"),
      columns: [
        { header: c("document"), width: 24, value: (row) => row.documentId },
        { header: c("sender"), width: 26, value: (row) => name(row.senderShortName, row.senderNameEn) },
        { header: c("receiver"), width: 26, value: (row) => name(row.receiverShortName, row.receiverNameEn) },
        { header: c("state"), width: 22, value: (row) => (row.state ? t(`interconnection.flows.states.${row.state}`) : "") },
        { header: c("receivers"), kind: "number", width: 10, value: (row) => row.receivers },
        { header: c("at"), width: 18, value: (row) => formatDateTime(row.at, locale) },
        { header: c("signedMark"), width: 8, value: (row) => t(row.signed ? "interconnection.flows.yes" : "interconnection.flows.no") },
      ],
      rows: found.page.rows,
      info: { sheet: t("export.infoSheet"), lines: info },
    },
    file,
  );
});
