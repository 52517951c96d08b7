// The results as a listbox, grouped by letter and section: each result shows what
// it is (heading, table, note, paragraph), its page, and the text around the match
// with the matched characters marked. The active option is the one the arrow keys
// reached; the input keeps focus (aria-activedescendant) and the active option is
// scrolled into view. Options can take focus from script only (tabindex -1), which
// tells checkers the scrolling panel is reached from the keyboard.
import { memo, useRef } from 'react';
import type { SearchResult } from '@core/search/search';
import type { ResultLetter } from '@core/search/search';
import { snippet } from '@core/search/snippet';
import { useCorpus } from '../../app/corpus';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';

export function optionId(listId: string, index: number): string {
  return `${listId}-optie-${index}`;
}

function kindLabel(
  t: Translate,
  result: SearchResult,
  paragraphNumber: number | undefined,
): string {
  switch (result.kind) {
    case 'section':
      return t('search.kindSection');
    case 'table':
      return t('search.kindTable');
    case 'note':
      return t('search.kindNote');
    default:
      return paragraphNumber === undefined
        ? t('search.kindParagraph')
        : `${t('search.kindParagraph')} ${paragraphNumber}`;
  }
}

function Excerpt({ result }: { result: SearchResult }) {
  const piece = snippet(result.text, result.highlights, { before: 50, length: 180 });
  return (
    <span className="search-result__text" lang={result.kind === 'note' ? undefined : 'nl'}>
      {piece.clippedStart && '…'}
      {piece.parts.map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : part.text,
      )}
      {piece.clippedEnd && '…'}
    </span>
  );
}

export interface SearchResultListProps {
  listId: string;
  groups: ResultLetter[];
  active: number;
  onChoose(result: SearchResult): void;
  onHover(index: number): void;
}

/**
 * Drawn again only when the answer or the active option changes, not on every key
 * typed while the next answer is on its way (so the key reaches the worker sooner).
 */
export const SearchResultList = memo(function SearchResultList({
  listId,
  groups,
  active,
  onChoose,
  onHover,
}: SearchResultListProps) {
  const t = useT();
  const corpus = useCorpus();
  /** The result under the pointer when it was pressed (see the rows' onClick). */
  const pressed = useRef<string | null>(null);
  // Options are numbered through all groups, in the order shown.
  const firstOption = new Map<string, number>();
  let count = 0;
  for (const letterGroup of groups) {
    for (const sectionGroup of letterGroup.sections) {
      firstOption.set(`${letterGroup.letterId}#${sectionGroup.sectionId}`, count);
      count += sectionGroup.results.length;
    }
  }
  return (
    <div role="listbox" id={listId} aria-label={t('search.results')} className="search-results">
      {groups.flatMap((letterGroup) => {
        const letter = corpus.letters.find((candidate) => candidate.id === letterGroup.letterId);
        const paragraphNumbers = new Map(letter?.paragraphs.map((p) => [p.id, p.n]));
        return letterGroup.sections.map((sectionGroup, sectionIndex) => {
          const section = sectionGroup.title || t('search.noSection');
          const key = `${letterGroup.letterId}#${sectionGroup.sectionId}`;
          const first = firstOption.get(key) ?? 0;
          return (
            <div
              key={key}
              role="group"
              aria-label={t('search.groupLabel', letterGroup.nr, section)}
              className="search-results__group"
            >
              <div aria-hidden="true" className="search-results__heading">
                {sectionIndex === 0 && (
                  <span className="search-results__letter">
                    {t(
                      'search.letterGroup',
                      letterGroup.nr,
                      letter ? formatDate(t, letter.date) : '',
                    )}
                  </span>
                )}
                <span className="search-results__section">{section}</span>
              </div>
              {sectionGroup.results.map((result, offset) => {
                const position = first + offset;
                // Keyed by place, not by result: a new answer refills a section's rows already
                // there instead of building new ones, which keeps a keystroke's frame short.
                // Rows hold no state of their own (focus stays in the field); a click whose
                // press landed on another result than the row now shows is dropped.
                const identity = `${result.kind}:${result.noteId ?? result.tableId ?? result.paragraphId}`;
                return (
                  <div
                    key={offset}
                    id={optionId(listId, position)}
                    role="option"
                    tabIndex={-1}
                    aria-selected={position === active}
                    className="search-result"
                    onMouseDown={(event) => {
                      event.preventDefault();
                      pressed.current = identity;
                    }}
                    onMouseMove={() => onHover(position)}
                    onClick={() => {
                      const wasPressed = pressed.current;
                      pressed.current = null;
                      // A click without a press (assistive technology) is taken as it is.
                      if (wasPressed === null || wasPressed === identity) onChoose(result);
                    }}
                  >
                    <span className="search-result__meta">
                      <span className="search-result__kind">
                        {kindLabel(t, result, paragraphNumbers.get(result.paragraphId))}
                      </span>
                      <span className="search-result__page">{t('search.page', result.page)}</span>
                    </span>
                    <Excerpt result={result} />
                  </div>
                );
              })}
            </div>
          );
        });
      })}
    </div>
  );
});
