// "Berekend en handmatig": the computed alignment next to the curated one, with
// the score of every curated link, the pairs only the computation found, and the
// themes it would suggest on its own.
import type { Letter } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import type { Comparison } from './comparison';
import { StatusBadge } from './StatusBadge';
import './compare-views.css';

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

export function ComputedView({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const { earlier, later, computed, evaluation } = comparison;
  const title = (letter: Letter, id: string) =>
    letter.sections.find((s) => s.id === id)?.title ?? id;
  const score = (value: number) => t('compare.scoreValue', value);

  return (
    <div className="computed-view">
      <h2>{t('compare.computedTitle')}</h2>
      <p className="compare-view__intro">{t('compare.computedIntro')}</p>
      <p>{t('compare.threshold', score(computed.options.threshold))}</p>
      {comparison.curatedProblem && (
        <p className="notice notice--warning">
          {t('compare.curatedBroken', comparison.curatedProblem)}
        </p>
      )}
      {!evaluation && !comparison.curatedProblem && <p>{t('compare.curatedUnavailable')}</p>}
      {evaluation && (
        <>
          <dl className="computed-view__metrics">
            <div>
              <dt>{t('compare.recall')}</dt>
              <dd>
                {t('compare.ratio', evaluation.found.length, evaluation.curatedPairs)} (
                {percent(evaluation.found.length, evaluation.curatedPairs)})
              </dd>
            </div>
            <div>
              <dt>{t('compare.precision')}</dt>
              <dd>
                {t('compare.ratio', evaluation.found.length, evaluation.computedPairs)} (
                {percent(evaluation.found.length, evaluation.computedPairs)})
              </dd>
            </div>
          </dl>
          <h3>{t('compare.curatedLinks')}</h3>
          <table className="computed-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.sectionLeft', earlier.nr)}</th>
                <th scope="col">{t('compare.sectionRight', later.nr)}</th>
                <th scope="col">{t('compare.score')}</th>
                <th scope="col">{t('compare.found')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...evaluation.found.map((p) => ({ ...p, found: true })),
                ...evaluation.missed.map((p) => ({ ...p, found: false })),
              ].map((pair) => (
                <tr key={`${pair.left}|${pair.right}`}>
                  <td>{title(earlier, pair.left)}</td>
                  <td>{title(later, pair.right)}</td>
                  <td className="computed-table__score">{score(pair.score)}</td>
                  <td>{t(pair.found ? 'compare.yes' : 'compare.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('compare.onlyComputed')}</h3>
          <table className="computed-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.sectionLeft', earlier.nr)}</th>
                <th scope="col">{t('compare.sectionRight', later.nr)}</th>
                <th scope="col">{t('compare.score')}</th>
                <th scope="col">{t('compare.themes')}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.extra.map((pair) => (
                <tr key={`${pair.left}|${pair.right}`}>
                  <td>{title(earlier, pair.left)}</td>
                  <td>{title(later, pair.right)}</td>
                  <td className="computed-table__score">{score(pair.score)}</td>
                  <td>{t(pair.sameTheme ? 'compare.sameTheme' : 'compare.otherTheme')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3>{t('compare.suggestedThemes')}</h3>
      <ul className="computed-view__themes">
        {computed.themes.map((theme) => (
          <li key={theme.id}>
            <StatusBadge status={theme.status} /> <strong>{theme.title}</strong> (
            {score(theme.score)}):{' '}
            {[
              ...theme.left.map(
                (id) => `${t('format.letterNr', earlier.nr)} ${title(earlier, id)}`,
              ),
              ...theme.right.map((id) => `${t('format.letterNr', later.nr)} ${title(later, id)}`),
            ].join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
