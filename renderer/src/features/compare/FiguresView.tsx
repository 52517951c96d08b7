// "Cijfers door de tijd": every figure both letters report, per group, with the
// number as the letter prints it, the date it is about, and a link to the
// paragraph it stands in; a chart per group where there is a series to draw.
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Link } from 'react-router';
import type { Figure, Figures } from '@core/compare/curated-model';
import { figureCharts } from '@core/compare/figures';
import type { FigureChart as FigureChartData } from '@core/compare/figures';
import type { Letter } from '@core/corpus/model';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { figureLink } from './figure-source';
import type { FigureSourceLink } from './figure-source';
import { FigureChart } from './FigureChart';
import { formatPeriod } from './partial-date';
import './compare-views.css';

export function displayValue(figure: Figure, printed: string): string {
  const qualified = figure.qualifier ? `${figure.qualifier} ${printed}` : printed;
  if (figure.printed !== undefined && figure.unit === 'procent') return qualified;
  if (figure.unit === 'procent') return `${qualified}%`;
  return `${qualified} ${figure.unit}`;
}

function chartSummary(
  t: Translate,
  chart: FigureChartData,
  links: Map<string, FigureSourceLink | null>,
): string {
  const series = chart.series.map(
    (s) =>
      `${s.name}: ${s.points
        .map(
          (p) =>
            `${displayValue(p.figure, links.get(p.figure.id)?.printed ?? String(p.value))} (${formatPeriod(t, p.referenceDate, p.figure.referenceEnd)})`,
        )
        .join(', ')}`,
  );
  return `${t('compare.chartOf', chart.group.title)}. ${series.join('; ')}.`;
}

/** Bars compare figures only when they are about the same date. */
function sameDate(chart: FigureChartData): boolean {
  return chart.dates.length === 1;
}

export function FiguresView({
  figures,
  letters,
}: {
  figures: Figures;
  letters: readonly Letter[];
}) {
  const t = useT();
  const navigate = useNavigate();
  const charts = useMemo(() => figureCharts(figures), [figures]);
  const links = useMemo(
    () => new Map(figures.figures.map((f) => [f.id, figureLink(letters, f)])),
    [figures, letters],
  );
  const drawable = (chart: FigureChartData) =>
    chart.series.some((s) => s.points.length > 1) || (chart.series.length > 1 && sameDate(chart));

  return (
    <div className="figures-view">
      <h2>{t('compare.figuresTitle')}</h2>
      <p className="compare-view__intro">{t('compare.figuresIntro')}</p>
      {charts.map((chart) => (
        <section
          key={chart.group.id}
          className="figure-group"
          aria-labelledby={`groep-${chart.group.id}`}
        >
          <h3 id={`groep-${chart.group.id}`}>{chart.group.title}</h3>
          <div
            className={
              drawable(chart)
                ? 'figure-group__body figure-group__body--chart'
                : 'figure-group__body'
            }
          >
            <table className="figure-table">
              <thead>
                <tr>
                  <th scope="col">{t('compare.figureLabel')}</th>
                  <th scope="col">{t('compare.figureDate')}</th>
                  <th scope="col">{t('compare.figureValue')}</th>
                  <th scope="col">{t('compare.figureLetter')}</th>
                  <th scope="col">{t('compare.figureSource')}</th>
                </tr>
              </thead>
              <tbody>
                {chart.series
                  .flatMap((s) => s.points)
                  .map(({ figure }) => {
                    const source = links.get(figure.id);
                    return (
                      <tr key={figure.id} data-figure-id={figure.id}>
                        <th scope="row">{figure.label}</th>
                        <td>{formatPeriod(t, figure.referenceDate, figure.referenceEnd)}</td>
                        <td className="figure-table__value">
                          {source ? displayValue(figure, source.printed) : figure.value}
                          {figure.note && <span className="figure-table__note">{figure.note}</span>}
                        </td>
                        <td>{source ? `nr. ${source.letter.nr}` : ''}</td>
                        <td>
                          {source && (
                            <Link to={source.to}>
                              {t('compare.figureOpen', source.paragraph.page)}
                              {source.fromTable ? ` (${t('compare.figureTable')})` : ''}
                              <VisuallyHidden>
                                {t(
                                  'compare.figureOpenContext',
                                  figure.label,
                                  t('library.kamerstuk', source.letter.dossier, source.letter.nr),
                                )}
                              </VisuallyHidden>
                            </Link>
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
            {drawable(chart) && (
              <div className="figure-group__chart">
                <FigureChart
                  chart={chart}
                  summary={chartSummary(t, chart, links)}
                  onOpen={(figure) => {
                    const source = links.get(figure.id);
                    if (source) void navigate(source.to);
                  }}
                />
                <p className="figure-group__hint">{t('compare.chartHint')}</p>
              </div>
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
