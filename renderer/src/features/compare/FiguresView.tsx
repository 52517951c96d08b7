// "Cijfers door de tijd": the figures the letters report, like with like first:
// the groups reported in both letters or at two dates lead, each with the change
// from its first to its last value. Every figure is in a table with the date it
// is about (and the label as the letter prints it), its value in one Dutch
// number format with the letter's qualifier, and a link to its source. A chart
// is drawn only where it does not mislead; otherwise the group says why not.
import { useMemo } from 'react';
import type { Figures } from '@core/compare/curated-model';
import { figureComparisons, printedColumnLabel } from '@core/compare/figures';
import type { FigureComparison, NoChartReason } from '@core/compare/figures';
import type { Letter } from '@core/corpus/model';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { Link, useNavigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { figureLink } from './figure-source';
import { FigureChart } from './FigureChart';
import { figureDifference, figureValue } from './figure-value';
import { formatPeriod } from './partial-date';
import './compare-views.css';

const NO_CHART: Record<Exclude<NoChartReason, 'single-value'>, MessageKey> = {
  'total-and-parts': 'compare.noChartTotal',
  'separate-series': 'compare.noChartSeparate',
};

function chartSummary(t: Translate, group: FigureComparison): string {
  const series = group.series.map(
    (s) =>
      `${s.name}: ${s.points
        .map(
          (p) =>
            `${figureValue(p.figure)} (${formatPeriod(t, p.referenceDate, p.figure.referenceEnd)})`,
        )
        .join(', ')}`,
  );
  return `${t('compare.chartOf', group.group.title)}. ${series.join('; ')}.`;
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
  const groups = useMemo(() => figureComparisons(figures), [figures]);
  const links = useMemo(
    () => new Map(figures.figures.map((f) => [f.id, figureLink(letters, f)])),
    [figures, letters],
  );
  const nrOf = (letterId: string) => letters.find((letter) => letter.id === letterId)?.nr;

  const group = (comparison: FigureComparison) => {
    const { group: info, changes } = comparison;
    const figuresOf = comparison.series.flatMap((s) => s.points);
    return (
      <section key={info.id} className="figure-group" aria-labelledby={`groep-${info.id}`}>
        <h4 id={`groep-${info.id}`}>{info.title}</h4>
        {changes.length > 0 && (
          <ul className="figure-group__changes">
            {changes.map(({ series, from, to }) => {
              const difference = figureDifference(from.figure, to.figure);
              return (
                <li key={series}>
                  {comparison.series.length > 1 && <strong>{series}: </strong>}
                  {figureValue(from.figure)}{' '}
                  <span className="figure-group__when">
                    ({formatPeriod(t, from.referenceDate, from.figure.referenceEnd)}, nr.{' '}
                    {nrOf(from.figure.source.letterId)})
                  </span>
                  <span aria-hidden="true"> → </span>
                  <VisuallyHidden> {t('compare.changedTo')} </VisuallyHidden>
                  {figureValue(to.figure)}{' '}
                  <span className="figure-group__when">
                    ({formatPeriod(t, to.referenceDate, to.figure.referenceEnd)}, nr.{' '}
                    {nrOf(to.figure.source.letterId)})
                  </span>
                  :{' '}
                  <strong className="figure-group__difference">
                    {from.figure.unit === 'procent'
                      ? t('compare.percentPoints', difference.absolute)
                      : difference.absolute}
                    {difference.relative && ` (${difference.relative})`}
                  </strong>
                </li>
              );
            })}
          </ul>
        )}
        <div
          className={
            comparison.chart ? 'figure-group__body figure-group__body--chart' : 'figure-group__body'
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
              {figuresOf.map(({ figure }) => {
                const source = links.get(figure.id);
                const printedLabel = printedColumnLabel(letters, figure);
                return (
                  <tr key={figure.id} data-figure-id={figure.id}>
                    <th scope="row">{figure.label}</th>
                    <td>
                      {formatPeriod(t, figure.referenceDate, figure.referenceEnd)}
                      {printedLabel && (
                        <span className="figure-table__printed">
                          {t('compare.printedAs', printedLabel.join(' '))}
                        </span>
                      )}
                    </td>
                    <td className="figure-table__value">
                      {figureValue(figure)}
                      {figure.note && <span className="figure-table__note">{figure.note}</span>}
                    </td>
                    <td>{source ? t('format.letterNr', source.letter.nr) : ''}</td>
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
          {comparison.chart && (
            <div className="figure-group__chart">
              <FigureChart
                chart={comparison}
                kind={comparison.chart}
                summary={chartSummary(t, comparison)}
                onOpen={(figure) => {
                  const source = links.get(figure.id);
                  if (source) void navigate(source.to);
                }}
              />
              <p className="figure-group__hint">{t('compare.chartHint')}</p>
            </div>
          )}
          {comparison.noChart && comparison.noChart !== 'single-value' && (
            <p className="figure-group__no-chart">{t(NO_CHART[comparison.noChart])}</p>
          )}
        </div>
      </section>
    );
  };

  const lead = groups.filter((g) => g.lead);
  const rest = groups.filter((g) => !g.lead);
  return (
    <div className="figures-view">
      <h2>{t('compare.figuresTitle')}</h2>
      <p className="compare-view__intro">{t('compare.figuresIntro')}</p>
      <section aria-labelledby="cijfers-vergeleken">
        <h3 id="cijfers-vergeleken">{t('compare.figuresCompared')}</h3>
        {lead.map(group)}
      </section>
      <section aria-labelledby="cijfers-eenmalig">
        <h3 id="cijfers-eenmalig">{t('compare.figuresOnce')}</h3>
        {rest.map(group)}
      </section>
    </div>
  );
}
