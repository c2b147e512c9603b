"use client";

import { useRouter } from "next/navigation";
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { TREND_HEIGHT, type TrendDot } from "./trend-chart";

/** The line itself (recharts), loaded after the page into a box of its height. */
export function TrendLine({ dots, rateLabel }: { dots: TrendDot[]; rateLabel: string }) {
  const router = useRouter();
  return (
    <ResponsiveContainer width="100%" height={TREND_HEIGHT} initialDimension={{ width: 320, height: TREND_HEIGHT }}>
      <LineChart
        data={dots}
        margin={{ top: 24, right: 24, bottom: 8, left: 0 }}
        onClick={(state) => {
          const dot = dots[Number(state?.activeIndex)];
          if (dot) router.push(dot.href);
        }}
      >
        <CartesianGrid stroke="#e5e7eb" />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#4a5260" }} />
        <YAxis domain={[0, 100]} unit="%" width={48} tick={{ fontSize: 12, fill: "#4a5260" }} />
        <Tooltip formatter={(_value, _name, item) => [(item.payload as TrendDot).fraction, rateLabel]} />
        <Line type="monotone" dataKey="percent" name={rateLabel} stroke="#9b1c1c" strokeWidth={2} isAnimationActive={false} cursor="pointer">
          <LabelList dataKey="fraction" position="top" fontSize={12} fill="#1b1f24" />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
