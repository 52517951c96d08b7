// The drawing inside a LetterChart (recharts): a line for a trend, bars for
// shares, grouped bars for target against achieved. Colours come from the theme
// in force, in JavaScript, because recharts draws legend swatches from its props,
// not from CSS. Loaded on demand: recharts is the largest library in the app.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { Table } from '@core/corpus/model';
import { useSettings } from '../../app/settings';
import { useT } from '../../i18n/i18n';
import { formatValue } from './chart-summary';

const PALETTE = {
  light: { series: ['#154273', '#738eab', '#007bc7'], text: '#334155', grid: '#cbd5e1' },
  dark: { series: ['#b8c6d5', '#66afdd', '#8fcae7'], text: '#cbd5e1', grid: '#475569' },
};

type Row = { label: string } & Record<string, number | string | null>;

/** "4e kw. 2009" → ["4e kw.", "2009"]: long category labels take two lines, so eleven quarters fit. */
export function tickLines(label: string): string[] {
  const cut = label.lastIndexOf(' ');
  return label.length > 8 && cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  fill: string;
}

function CategoryTick({ x = 0, y = 0, payload, fill }: TickProps) {
  return (
    <text x={x} y={y + 14} textAnchor="middle" fill={fill} fontSize={13}>
      {tickLines(payload?.value ?? '').map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : 15}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** One row per label, one column per series ("s0", "s1"), as recharts wants its data. */
export function chartRows(series: Table['series']): Row[] {
  const labels = series[0]?.points.map((point) => point.label) ?? [];
  return labels.map((label, index) => {
    const row: Row = { label };
    series.forEach((one, s) => {
      row[`s${s}`] = one.points[index]?.value ?? null;
    });
    return row;
  });
}

export function LetterChartPlot({ table }: { table: Table }) {
  const t = useT();
  const { resolvedTheme } = useSettings();
  const colours = PALETTE[resolvedTheme];
  const unit = table.series[0]?.unit ?? 'count';
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(t, value, unit) : '');
  const data = chartRows(table.series);
  const axisTick = { fill: colours.text, fontSize: 13 };
  const common = {
    data,
    width: '100%' as const,
    height: '100%' as const,
    responsive: true,
    accessibilityLayer: false,
    margin: { top: 24, right: 24, bottom: 8, left: 8 },
    className: 'letter-chart__svg',
  };
  const axes = [
    <CartesianGrid key="grid" stroke={colours.grid} vertical={false} />,
    <XAxis
      key="x"
      dataKey="label"
      tick={<CategoryTick fill={colours.text} />}
      height={data.some((row) => tickLines(row.label).length > 1) ? 44 : 28}
      stroke={colours.grid}
      interval={0}
    />,
    <YAxis key="y" tick={axisTick} stroke={colours.grid} tickFormatter={format} width={56} />,
  ];
  // In the letter's order, with legend text in the text colour (not the series colour, which may be light).
  const legend =
    table.series.length > 1 ? (
      <Legend
        iconType="square"
        itemSorter={null}
        formatter={(value: string) => <span className="letter-chart__legend">{value}</span>}
      />
    ) : null;
  const colourOf = (index: number) => colours.series[index % colours.series.length];
  // Each value printed above its point or bar, as the letter prints it.
  const valueLabels = (index: number) => (
    <LabelList
      dataKey={`s${index}`}
      position="top"
      formatter={format}
      fill={colours.text}
      fontSize={12}
    />
  );

  return table.chart === 'line' ? (
    <LineChart {...common}>
      {axes}
      {legend}
      {table.series.map((series, index) => (
        <Line
          key={series.label}
          dataKey={`s${index}`}
          name={series.label}
          stroke={colourOf(index)}
          strokeWidth={2.5}
          dot={{ r: 3.5, fill: colourOf(index) }}
          isAnimationActive={false}
        >
          {valueLabels(index)}
        </Line>
      ))}
    </LineChart>
  ) : (
    <BarChart {...common} barCategoryGap="20%">
      {axes}
      {legend}
      {table.series.map((series, index) => (
        <Bar
          key={series.label}
          dataKey={`s${index}`}
          name={series.label}
          fill={colourOf(index)}
          isAnimationActive={false}
        >
          {valueLabels(index)}
        </Bar>
      ))}
    </BarChart>
  );
}
