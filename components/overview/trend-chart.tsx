"use client";

import dynamic from "next/dynamic";

export type TrendDot = { label: string; percent: number | null; fraction: string; href: string };

export const TREND_HEIGHT = 260;

// Loaded after the page, into a box of its final height (as the agency chart).
const TrendLine = dynamic(() => import("./trend-line").then((m) => m.TrendLine), { ssr: false });

/** The completion rate quarter by quarter; clicking a point opens that quarter's completed tasks. */
export function TrendChart({ dots, title, rateLabel }: { dots: TrendDot[]; title: string; rateLabel: string }) {
  return (
    <figure className="chart" aria-label={title} data-testid="trend-chart">
      <div style={{ height: TREND_HEIGHT }}>
        <TrendLine dots={dots} rateLabel={rateLabel} />
      </div>
    </figure>
  );
}
