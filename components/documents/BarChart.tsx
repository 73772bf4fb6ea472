/**
 * A grouped bar chart in plain SVG (no charting library): one group per label, one bar per series.
 * The numbers are also given as a table, so the chart is never the only way to read them.
 */
interface BarSeries {
  name: string;
  /** A CSS class, coloured in docs.css, with a pattern besides colour for readers who do not see it. */
  className: string;
  values: number[];
}

interface BarChartProps {
  title: string;
  labels: string[];
  series: BarSeries[];
  /** The value at the top of the axis (100 for percentages); the largest value when not given. */
  max?: number;
  /** Width of one bar; wider for one series with long period labels. */
  bar?: number;
}

const BAR = 14;
const GAP = 10;
const HEIGHT = 160;
/** Room above the top tick so its label is not cut off by the SVG's edge. */
const TOP = 10;
const LEFT = 32;
const BOTTOM = 40;

export function BarChart({ title, labels, series, max: top, bar = BAR }: BarChartProps) {
  const max = top ?? Math.max(1, ...series.flatMap((s) => s.values));
  const group = series.length * bar + GAP;
  const width = LEFT + labels.length * group + GAP;
  const y = (v: number) => TOP + HEIGHT - (v / max) * HEIGHT;
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  return (
    <figure class="bar-chart">
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${TOP + HEIGHT + BOTTOM}`} width="100%" style={{ maxWidth: `${width * 2}px` }}>
        <title>{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line class="chart-grid" x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
            <text class="chart-tick" x={LEFT - 4} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          const x0 = LEFT + GAP + i * group;
          return (
            <g key={label}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                return (
                  <rect key={s.name} class={s.className} x={x0 + j * bar} y={y(v)} width={bar - 2} height={TOP + HEIGHT - y(v)}>
                    <title>{`${label}: ${s.name} ${v}`}</title>
                  </rect>
                );
              })}
              <text class="chart-label" x={x0 + (series.length * bar) / 2} y={TOP + HEIGHT + 14} text-anchor="middle">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {series.map((s) => (
            <li key={s.name}>
              <svg width="12" height="12" aria-hidden="true">
                <rect class={s.className} width="12" height="12" />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
