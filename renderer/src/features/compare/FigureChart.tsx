// One group of figures as a chart: a line per series over the reference dates,
// or bars when all figures are about one date, the axis in the Dutch number format. Clicking a point or bar opens the
// figure's source. For assistive technology the chart is one image with a
// summary; the table next to it holds every figure with its link.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import type { Figure } from '@core/compare/curated-model';
import type { FigureChart as FigureChartData } from '@core/compare/figures';
import { formatDutchNumber } from '@core/corpus/dutch-number';
import { useSettings } from '../../app/settings';
import { useT } from '../../i18n/i18n';
import { formatPartialDate } from './partial-date';

const PALETTE = {
  light: { series: ['#154273', '#007bc7', '#a90061', '#39870c'], text: '#334155', grid: '#cbd5e1' },
  dark: { series: ['#b8c6d5', '#66afdd', '#f092cd', '#9fd88b'], text: '#cbd5e1', grid: '#475569' },
};

type Row = { label: string } & Record<string, string | number | null>;

export interface FigureChartProps {
  chart: FigureChartData;
  /** A line over the reference dates, or bars for figures about one date. */
  kind: 'line' | 'bar';
  summary: string;
  onOpen(figure: Figure): void;
}

export function FigureChart({ chart, kind, summary, onOpen }: FigureChartProps) {
  const t = useT();
  const { resolvedTheme } = useSettings();
  const colours = PALETTE[resolvedTheme];
  const figureById = new Map(
    chart.series.flatMap((s) => s.points.map((p) => [p.figure.id, p.figure] as const)),
  );
  const overTime = kind === 'line';
  const rows: Row[] = overTime
    ? chart.dates.map((date) => {
        const row: Row = { label: formatPartialDate(t, date) };
        chart.series.forEach((series, s) => {
          const point = series.points.find((p) => p.referenceDate === date);
          row[`s${s}`] = point?.value ?? null;
          row[`f${s}`] = point?.figure.id ?? null;
        });
        return row;
      })
    : chart.series.map((series) => ({
        label: series.name,
        s0: series.points[0]?.value ?? null,
        f0: series.points[0]?.figure.id ?? null,
      }));
  const open = (row: Row | undefined, s: number) => {
    const figure = figureById.get(String(row?.[`f${s}`] ?? ''));
    if (figure) onOpen(figure);
  };
  const common = {
    data: rows,
    width: '100%' as const,
    height: '100%' as const,
    responsive: true,
    accessibilityLayer: false,
    margin: { top: 16, right: 24, bottom: 8, left: 8 },
  };
  const axes = [
    <CartesianGrid key="grid" stroke={colours.grid} vertical={false} />,
    <XAxis
      key="x"
      dataKey="label"
      tick={{ fill: colours.text, fontSize: 12 }}
      stroke={colours.grid}
    />,
    <YAxis
      key="y"
      tick={{ fill: colours.text, fontSize: 12 }}
      tickFormatter={(value: number) => formatDutchNumber(value)}
      stroke={colours.grid}
      width={64}
    />,
  ];

  return (
    <div className="figure-chart" role="img" aria-label={summary}>
      {overTime ? (
        <LineChart {...common}>
          {axes}
          {chart.series.length > 1 && (
            <Legend
              formatter={(value: string) => <span className="figure-chart__legend">{value}</span>}
            />
          )}
          {chart.series.map((series, s) => {
            const colour = colours.series[s % colours.series.length];
            return (
              <Line
                key={series.name}
                dataKey={`s${s}`}
                name={series.name}
                stroke={colour}
                strokeWidth={2.5}
                connectNulls
                isAnimationActive={false}
                dot={(props: DotItemDotProps) =>
                  props.value === null || props.value === undefined ? null : (
                    <circle
                      key={props.index}
                      cx={props.cx}
                      cy={props.cy}
                      r={5}
                      fill={colour}
                      className="figure-chart__point"
                      onClick={() => open(props.payload as Row, s)}
                    />
                  )
                }
              />
            );
          })}
        </LineChart>
      ) : (
        <BarChart {...common}>
          {axes}
          <Bar
            dataKey="s0"
            name={chart.group.title}
            fill={colours.series[0]}
            isAnimationActive={false}
            className="figure-chart__point"
            onClick={(data) => open(data.payload as Row, 0)}
          />
        </BarChart>
      )}
    </div>
  );
}
