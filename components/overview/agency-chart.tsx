"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";

export type AgencyBar = {
  code: string;
  label: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  /** "2/5", in the reader's number format. */
  fraction: string;
  hrefs: { completed: string; inProgress: string; notStarted: string };
};

const SERIES = [
  { key: "completed", status: "COMPLETED", colour: "#17603a" },
  { key: "inProgress", status: "IN_PROGRESS", colour: "#1d4ed8" },
  { key: "notStarted", status: "NOT_STARTED", colour: "#6b7280" },
] as const;

// The fraction goes after the last segment drawn: a zero-length segment gets no label.
function lastSegment(bar: AgencyBar | undefined): number {
  if (!bar) return -1;
  for (let i = SERIES.length - 1; i >= 0; i--) if (bar[SERIES[i].key] > 0) return i;
  return -1;
}

/** Completion by lead agency, highest rate first; clicking a segment opens exactly those tasks. */
export function AgencyChart({ bars, title }: { bars: AgencyBar[]; title: string }) {
  const t = useTranslations("status");
  const router = useRouter();
  const height = bars.length * 30 + 50;
  return (
    <figure className="chart" aria-label={title} data-testid="agency-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} stroke="#e5e7eb" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#4a5260" }} />
          <YAxis type="category" dataKey="label" width={128} interval={0} tick={{ fontSize: 12, fill: "#1b1f24" }} />
          <Tooltip cursor={{ fill: "#f3f4f6" }} />
          {SERIES.map((series, index) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={t(series.status)}
              stackId="status"
              fill={series.colour}
              isAnimationActive={false}
              shape={(props: BarShapeProps) => {
                const bar = props.payload as AgencyBar;
                // Recharts draws zero-length segments for a custom shape: they must not become links.
                if (bar[series.key] === 0) return <g />;
                const href = bar.hrefs[series.key];
                const open = () => router.push(href);
                // Each segment is a link in its own right: focusable, named, opened by Enter.
                return (
                  <rect
                    x={props.x}
                    y={props.y}
                    width={props.width}
                    height={props.height}
                    fill={series.colour}
                    className="chart-link"
                    role="link"
                    tabIndex={0}
                    aria-label={`${bar.label}: ${bar[series.key]} ${t(series.status)}`}
                    data-segment={`${bar.code}:${series.status}`}
                    onClick={open}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") open();
                    }}
                  />
                );
              }}
            >
              <LabelList
                position="right"
                fill="#1b1f24"
                fontSize={12}
                valueAccessor={(_entry, row) => (lastSegment(bars[row]) === index ? bars[row]?.fraction : undefined)}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
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
