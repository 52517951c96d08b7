// What a chart shows, in words, for its aria-label: a trend (first, last,
// highest, lowest) for a line, every value for bars. The exact figures stay in
// the table beside it.
import type { Table } from '@core/corpus/model';
import type { Translate } from '../../i18n/i18n';

type Series = Table['series'][number];

export function formatValue(t: Translate, value: number, unit: Series['unit']): string {
  return unit === 'percent' ? t('format.percent', value) : t('format.count', value);
}

function trend(t: Translate, series: Series): string {
  const points = series.points.filter(
    (point): point is { label: string; value: number } => point.value !== null,
  );
  const at = (point: { label: string; value: number }) =>
    t('reader.valueAt', formatValue(t, point.value, series.unit), point.label);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return series.label;
  const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = points.reduce((best, point) => (point.value < best.value ? point : best));
  return t('reader.trendSummary', series.label, at(first), at(last), at(highest), at(lowest));
}

function values(t: Translate, series: Series): string {
  const points = series.points.map((point) =>
    t(
      'reader.valueAt',
      point.value === null ? t('reader.noValue') : formatValue(t, point.value, series.unit),
      point.label,
    ),
  );
  return t('reader.seriesSummary', series.label, t('format.list', points));
}

export function chartSummary(
  t: Translate,
  table: Pick<Table, 'chart' | 'caption' | 'title' | 'series'>,
): string {
  const kind = table.chart === 'line' ? t('reader.chartLine') : t('reader.chartBar');
  const described = table.series.map((series) =>
    table.chart === 'line' ? trend(t, series) : values(t, series),
  );
  return t('reader.chartSummary', kind, table.caption ?? table.title, described.join('; '));
}
