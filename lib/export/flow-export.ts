import "server-only";
import type { NextRequest } from "next/server";
import type { Translator } from "@/lib/commands/messages";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import type { FlowView } from "@/lib/view/flow-period";
import { pageAddress } from "./view-export";

/** A flows download's information sheet: the period, the agency, how many rows, and the page it came from. */
export function flowInfo(t: Translator, locale: Locale, view: FlowView, rows: number, request: NextRequest, path: string): [string, string][] {
  const period = t("interconnection.flows.period", { from: formatDate(view.from, locale), to: formatDate(view.to, locale) });
  return [
    [t("interconnection.flows.exportPeriod"), period],
    ...(view.agency ? [[t("interconnection.flows.columns.agency"), locale === "vi" ? view.agency.shortName : view.agency.nameEn] as [string, string]] : []),
    [t("export.rowCount"), String(rows)],
    [t("export.link"), pageAddress(request, path)],
  ];
}
