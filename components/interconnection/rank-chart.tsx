// A rank over the survey years, drawn on the server as SVG (a handful of points needs no chart library):
// first place at the top, each point a link to its row in the table, and the target as a dashed line.
// A group, not an image: an image may not hold links; the table beside it says the same in words.

export type RankPoint = { year: number; rank: number; label: string; href: string };

type Props = {
  title: string;
  points: RankPoint[];
  /** The lowest place the axis shows (the number of countries, or of ASEAN members). */
  worst: number;
  target?: { value: number; label: string };
  testId?: string;
};

const WIDTH = 320;
const HEIGHT = 190;
const PAD = { left: 34, right: 14, top: 18, bottom: 26 };

export function RankChart({ title, points, worst, target, testId }: Props) {
  const years = points.map((point) => point.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (year: number) => PAD.left + (last === first ? plotWidth / 2 : ((year - first) / (last - first)) * plotWidth);
  const y = (rank: number) => PAD.top + ((Math.min(rank, worst) - 1) / Math.max(1, worst - 1)) * plotHeight;
  const ticks = [...new Set([1, target?.value, worst].filter((tick): tick is number => tick !== undefined))];
  return (
    <figure className="rank-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title}>
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotHeight} className="axis" />
        {ticks.map((tick) => (
          <text key={tick} x={PAD.left - 6} y={y(tick) + 4} className="tick" textAnchor="end">{tick}</text>
        ))}
        {target && (
          <g className="target-line" data-testid={testId ? `${testId}-target` : undefined}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target.value)} y2={y(target.value)} />
            <text x={WIDTH - PAD.right} y={y(target.value) - 5} textAnchor="end">{target.label}</text>
          </g>
        )}
        {points.length > 1 && <polyline points={points.map((point) => `${x(point.year)},${y(point.rank)}`).join(" ")} className="rank-line" />}
        {points.map((point) => (
          <a key={point.year} href={point.href} aria-label={point.label}>
            <circle cx={x(point.year)} cy={y(point.rank)} r={5} className="rank-dot" />
            <text x={x(point.year)} y={y(point.rank) - 9} textAnchor="middle" className="rank-value">{point.rank}</text>
            <text x={x(point.year)} y={HEIGHT - 8} textAnchor="middle" className="tick">{point.year}</text>
          </a>
        ))}
      </svg>
    </figure>
  );
}
