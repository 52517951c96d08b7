// What the marks in the panes mean, each drawn as it is in the text and named
// in words: the marks differ in line and shape too, not in colour alone.
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';

const CHANGE_MARKS: { kind: string; label: MessageKey }[] = [
  { kind: 'deleted', label: 'compare.legendDeleted' },
  { kind: 'inserted', label: 'compare.legendInserted' },
  { kind: 'changed-number', label: 'compare.legendChangedNumber' },
  { kind: 'dropped-sentence', label: 'compare.legendDropped' },
  { kind: 'new-sentence', label: 'compare.legendNew' },
  { kind: 'cited', label: 'compare.legendCited' },
];

const SHARED_MARKS: { kind: string; label: MessageKey }[] = [
  { kind: 'shared-term', label: 'compare.legendSharedTerm' },
  { kind: 'shared-number', label: 'compare.legendSharedNumber' },
];

export function MarkLegend({ showSharedTerms }: { showSharedTerms: boolean }) {
  const t = useT();
  const marks = showSharedTerms ? [...CHANGE_MARKS, ...SHARED_MARKS] : CHANGE_MARKS;
  return (
    <section className="mark-legend" aria-labelledby="vergelijk-legenda">
      <h2 id="vergelijk-legenda" className="mark-legend__title">
        {t('compare.legend')}
      </h2>
      <ul>
        {marks.map(({ kind, label }) => (
          <li key={kind}>
            <span className={`text-mark text-mark--${kind}`} aria-hidden="true">
              {t('compare.legendSample')}
            </span>{' '}
            {t(label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
