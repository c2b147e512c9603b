"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AGENCY_SERIES as SERIES, type AgencyBar } from "./agency-series";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";


// The fraction goes after the last segment drawn: a zero-length segment gets no label.
function lastSegment(bar: AgencyBar | undefined): number {
  if (!bar) return -1;
  for (let i = SERIES.length - 1; i >= 0; i--) if (bar[SERIES[i].key] > 0) return i;
  return -1;
}

/** The bars themselves (recharts): loaded after the page, into a box already of their height. */
export function AgencyBars({ bars, height }: { bars: AgencyBar[]; height: number }) {
  const t = useTranslations("status");
  const router = useRouter();
  return (
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
  );
}
