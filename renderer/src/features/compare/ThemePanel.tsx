// The passages of one theme next to each other: what each letter says, with the
// key terms and numbers both use highlighted, the reasons the passages belong
// together, and a word-level diff of the sentences the later letter repeats
// nearly word for word.
import { useMemo } from 'react';
import { marksForKeys, sharedNumbers, sharedTerms, splitByMarks } from '@core/compare/highlight';
import { nearIdenticalSentences } from '@core/compare/word-diff';
import type { Letter, Paragraph, Section } from '@core/corpus/model';
import { Link } from 'react-router';
import { letterPath } from '../../app/paths';
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import type { Comparison, PaneTheme } from './comparison';
import { StatusBadge } from './StatusBadge';
import './theme-panel.css';

/** Terms found in more sections than this IDF allows are too common to highlight. */
const MIN_IDF = 2.6;
const MAX_TERMS = 14;

function paragraphsOf(letter: Letter, sections: readonly Section[]): Paragraph[] {
  const ids = new Set(sections.map((s) => s.id));
  return letter.paragraphs.filter((p) => ids.has(p.sectionId));
}

export function ThemePanel({ comparison, theme }: { comparison: Comparison; theme: PaneTheme }) {
  const t = useT();
  const { left, right, space } = comparison;
  const analysis = useMemo(() => {
    const leftParagraphs = paragraphsOf(left, theme.left);
    const rightParagraphs = paragraphsOf(right, theme.right);
    const leftText = leftParagraphs.map((p) => p.text).join('\n');
    const rightText = rightParagraphs.map((p) => p.text).join('\n');
    const terms = sharedTerms(leftText, rightText, {
      idf: space.idf,
      minIdf: MIN_IDF,
      limit: MAX_TERMS,
    });
    const numbers = sharedNumbers(leftText, rightText);
    const diffs = leftParagraphs.flatMap((l) =>
      rightParagraphs.flatMap((r) => nearIdenticalSentences(l.text, r.text)),
    );
    return { leftParagraphs, rightParagraphs, terms, numbers, diffs };
  }, [left, right, theme, space]);
  const termKeys = new Set(analysis.terms.map((term) => term.key));
  const numberKeys = new Set(analysis.numbers.map((number) => number.key));
  const titleOf = (letter: Letter, id: string) =>
    letter.sections.find((s) => s.id === id)?.title ?? id;

  const column = (
    letter: Letter,
    sections: readonly Section[],
    paragraphs: readonly Paragraph[],
  ) => (
    <div className="theme-panel__column">
      {sections.length === 0 && (
        <p className="theme-panel__none">{t('compare.noCounterpart', letter.nr)}</p>
      )}
      {sections.map((section) => (
        <section key={section.id} className="theme-panel__section">
          <h3>
            {t('format.letterNr', letter.nr)} — {section.title}{' '}
            <Link className="theme-panel__open" to={letterPath(letter.id, section.id)}>
              {t('compare.openInReader')}
            </Link>
          </h3>
          {paragraphs
            .filter((p) => p.sectionId === section.id)
            .map((paragraph) => (
              <p
                key={paragraph.id}
                className="theme-panel__paragraph"
                data-paragraph-id={paragraph.id}
              >
                <span className="theme-panel__where">
                  {t('compare.where', letter.nr, paragraph.page)}
                </span>{' '}
                {splitByMarks(
                  paragraph.text,
                  marksForKeys(paragraph.text, termKeys, numberKeys),
                ).map((piece, index) =>
                  piece.mark ? (
                    <mark key={index} className={`shared shared--${piece.mark.kind}`}>
                      {piece.text}
                    </mark>
                  ) : (
                    <span key={index}>{piece.text}</span>
                  ),
                )}
              </p>
            ))}
        </section>
      ))}
    </div>
  );

  const later = comparison.later.nr;
  return (
    <section className="theme-panel" aria-label={t('compare.passagesLabel', theme.title)}>
      <header className="theme-panel__header">
        <h2>
          {theme.title} <StatusBadge status={theme.status} />
        </h2>
        <p className="theme-panel__status">
          {theme.status === 'continued'
            ? t('compare.statusContinuedLong')
            : theme.status === 'new'
              ? t('compare.statusNewLong', t('format.letterNr', later))
              : t('compare.statusDroppedLong', t('format.letterNr', later))}
          {theme.reason ? ` — ${theme.reason}` : ''}
        </p>
        {theme.links.some((link) => link.reason) && (
          <details className="theme-panel__why">
            <summary>{t('compare.why')}</summary>
            <ul>
              {theme.links.map((link) => (
                <li key={`${link.left}|${link.right}`}>
                  <strong>
                    {titleOf(left, link.left)} ↔ {titleOf(right, link.right)}
                  </strong>
                  {link.reason ? `: ${link.reason}` : ''}
                </li>
              ))}
            </ul>
          </details>
        )}
        {theme.left.length > 0 && theme.right.length > 0 && (
          <dl className="theme-panel__shared">
            <dt>{t('compare.sharedTerms')}</dt>
            <dd>
              {analysis.terms.length === 0
                ? t('compare.noneShared')
                : analysis.terms.map((term) => (
                    <mark key={term.key} className="shared shared--term">
                      {term.leftForm}
                    </mark>
                  ))}
            </dd>
            <dt>{t('compare.sharedNumbers')}</dt>
            <dd>
              {analysis.numbers.length === 0
                ? t('compare.noneShared')
                : analysis.numbers.map((number) => (
                    <mark key={number.key} className="shared shared--number">
                      {number.leftForm}
                    </mark>
                  ))}
            </dd>
          </dl>
        )}
      </header>
      <div className="theme-panel__columns">
        {column(left, theme.left, analysis.leftParagraphs)}
        {column(right, theme.right, analysis.rightParagraphs)}
      </div>
      {analysis.diffs.length > 0 && (
        <section className="theme-panel__diffs">
          <h3>{t('compare.nearIdentical')}</h3>
          <p className="theme-panel__hint">{t('compare.nearIdenticalHint')}</p>
          {analysis.diffs.map((pair, index) => (
            <p key={index} className="word-diff">
              {pair.diff.map((part, i) =>
                part.change === 'removed' ? (
                  <del key={i}>
                    <VisuallyHidden>{`[${t('compare.removed')}: `}</VisuallyHidden>
                    {part.text}
                    <VisuallyHidden>]</VisuallyHidden>
                  </del>
                ) : part.change === 'added' ? (
                  <ins key={i}>
                    <VisuallyHidden>{`[${t('compare.added')}: `}</VisuallyHidden>
                    {part.text}
                    <VisuallyHidden>]</VisuallyHidden>
                  </ins>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          ))}
        </section>
      )}
    </section>
  );
}
