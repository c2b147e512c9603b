"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { AGENCY_SERIES as SERIES, type AgencyBar } from "./agency-series";

export type { AgencyBar } from "./agency-series";

// recharts is a third of the overview's JavaScript: it loads after the page, and the box it draws
// into already has its height, so that nothing below moves when it does.
const AgencyBars = dynamic(() => import("./agency-bars").then((m) => m.AgencyBars), { ssr: false });

/** Completion by lead agency, highest rate first; clicking a segment opens exactly those tasks. */
export function AgencyChart({ bars, title }: { bars: AgencyBar[]; title: string }) {
  const t = useTranslations("status");
  const height = bars.length * 30 + 50;
  return (
    <figure className="chart" aria-label={title} data-testid="agency-chart">
      <div style={{ height }}>
        <AgencyBars bars={bars} height={height} />
      </div>
      <figcaption className="legend">
        {SERIES.map((series) => (
          <span key={series.key}>
            <i style={{ background: series.colour }} aria-hidden="true" /> {t(series.status)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
