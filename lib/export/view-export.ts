import "server-only";
import type { NextRequest } from "next/server";
import type { Translator } from "@/lib/commands/messages";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { loadEnv } from "@/lib/env";
import { plainText } from "@/lib/http/plain-text";
import { download } from "@/lib/routes/download-route";
import { EXPORT_LIMIT } from "@/lib/data/task-list";
import type { ResolvedView } from "@/lib/view/resolve-view";
import { EXPORT_TYPES, exportFormat, tableToCsv, tableToXlsx, type ExportTable } from "./table-export";

/**
 * The page a list was downloaded from, so that a reader of the file can open the same list: at the
 * address readers use (NEXTAUTH_URL), not the server's own name for itself ("localhost").
 */
export function pageAddress(request: NextRequest, path: string): string {
  const search = new URLSearchParams(request.nextUrl.searchParams);
  search.delete("format");
  const text = search.toString();
  const origin = new URL(loadEnv().NEXTAUTH_URL ?? request.nextUrl.origin).origin;
  return `${origin}${path}${text ? `?${text}` : ""}`;
}

/** The first line of every list's information sheet: which programme it is of. */
export function programmeLine(t: Translator, locale: Locale, programme: { code: string; title: string; titleEn: string }): [string, string] {
  return [t("export.programme"), `${programme.code} · ${locale === "vi" ? programme.title : programme.titleEn}`];
}

/** What a view's list is: its programme, its as-of, how many rows and where it came from. */
export function viewInfo(t: Translator, locale: Locale, view: ResolvedView, rows: number, address: string): [string, string][] {
  const asOf = view.current.period ? `${quarterLabel(view.current.period, locale)} (${formatDate(view.current.asOf, locale)})` : formatDate(view.current.asOf, locale);
  return [
    programmeLine(t, locale, view.programme),
    [t("export.asOf"), asOf],
    [t("export.rowCount"), String(rows)],
    [t("export.link"), address],
  ];
}

/** A line that says the list stops at the limit, when it does. */
export function cutLine(t: Translator, cut: boolean): [string, string][] {
  return cut ? [[t("export.cut"), t("export.cutText", { limit: EXPORT_LIMIT })]] : [];
}

/** The part of a file's name that says what it is as of: the quarter, or the day. */
export function asOfStamp(view: ResolvedView): string {
  return view.current.period ? formatQuarterParam(view.current.period) : view.current.asOf;
}

/** The list in the format the address asks for (`format=csv|xlsx`, or the default given), or a 400 in words. */
export async function sendTable<R>(request: NextRequest, t: Translator, table: ExportTable<R>, name: string, defaultFormat?: "csv"): Promise<Response> {
  const asked = request.nextUrl.searchParams.get("format");
  const format = asked === null && defaultFormat ? defaultFormat : exportFormat(asked);
  if (!format) return plainText(t("export.badFormat"), 400);
  const body = format === "csv" ? tableToCsv(table) : await tableToXlsx(table);
  return download(body, EXPORT_TYPES[format], `${name}.${format}`);
}
