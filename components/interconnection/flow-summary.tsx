import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FlowCounts, Percentiles, Times } from "@/lib/data/flows";
import { formatDuration } from "@/lib/domain/durations";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber, formatPercent } from "@/lib/domain/rate";
import type { FlowView } from "@/lib/view/flow-period";
import { flowRowsHref } from "./flow-links";

/** "trung vị 3,1 ngày; 90% trong 9,8 ngày", or "chưa có". */
export function percentileText(t: (key: string, values?: Record<string, string>) => string, p: Percentiles, locale: Locale): string {
  if (p.median === null || p.p90 === null) return t("noTimes");
  return t("medianAnd90", { median: formatDuration(p.median, locale), p90: formatDuration(p.p90, locale) });
}

/** The period's headline figures, each a link to its rows when an agency is chosen (the axis's rows are every agency's). */
export async function FlowSummary({ view, summary, stuck, locale }: { view: FlowView; summary: FlowCounts & { times: Times }; stuck: number; locale: Locale }) {
  const t = await getTranslations("interconnection.flows");
  const link = (kind: "sent" | "signed" | "received", text: string) => (view.agency ? <Link href={flowRowsHref(view, kind)}>{text}</Link> : text);
  const share = summary.sent > 0 ? `${formatNumber(summary.signed, locale)}/${formatNumber(summary.sent, locale)} (${formatPercent(summary.signed / summary.sent, locale)})` : "—";
  return (
    <ul className="figure-tiles flow-tiles" data-testid="flow-summary">
      <li className="tile">
        <span className="tile-label">{t("sent")}</span>
        <span className="tile-value" data-testid="flow-sent">{link("sent", formatNumber(summary.sent, locale))}</span>
      </li>
      <li className="tile">
        <span className="tile-label">{t("received")}</span>
        <span className="tile-value" data-testid="flow-received">{link("received", formatNumber(summary.received, locale))}</span>
      </li>
      <li className="tile">
        <span className="tile-label">{t("signedShare")}</span>
        <span className="tile-value small-value" data-testid="flow-signed">{link("signed", share)}</span>
      </li>
      <li className="tile">
        <span className="tile-label">{t("finishTime")}</span>
        <span className="tile-value small-value">{percentileText(t, summary.times["06"], locale)}</span>
      </li>
      <li className="tile">
        <span className="tile-label">{t("stuck", { days: view.query.stuckDays })}</span>
        <span className="tile-value" data-testid="flow-stuck">
          <Link href={flowRowsHref(view, "stuck")}>{formatNumber(stuck, locale)}</Link>
        </span>
      </li>
    </ul>
  );
}
