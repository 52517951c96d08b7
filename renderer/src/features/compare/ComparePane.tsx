// One letter in the compare view: its header and citation, a contents list, and
// the full text as the reader shows it (pages, footnotes, tables, Citeer and
// Link on every paragraph), in a scroll area of its own. j/k, c and l work as in
// the reader, but only in the pane that has focus.
import { useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { formatCitation, formatQuotation } from '@core/corpus/citation';
import type { Letter, Paragraph } from '@core/corpus/model';
import { useCopy } from '../../app/clipboard';
import { isShortcutEvent } from '../../app/keyboard';
import { absoluteUrl, letterPath } from '../../app/paths';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { ElementIdScope } from '../reader/element-ids';
import { letterOutline, pageStarts } from '../reader/letter-outline';
import type { SectionNode } from '../reader/letter-outline';
import { LetterText } from '../reader/LetterText';
import { quoteParagraph } from '../reader/selection';
import type { Side } from './comparison';
import { paneElementId, paneScope, scrollPaneToParagraph } from './pane-scroll';

export interface ComparePaneProps {
  side: Side;
  letter: Letter;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Shown above the text, e.g. that the current theme is not in this letter. */
  notice?: string;
  onScroll(): void;
  /** The user picked a section from the pane's contents. */
  onContents(sectionId: string): void;
}

const NO_HIGHLIGHTS = new Map();

export function ComparePane({
  side,
  letter,
  scrollRef,
  notice,
  onScroll,
  onContents,
}: ComparePaneProps) {
  const t = useT();
  const copy = useCopy();
  const outline = useMemo(() => letterOutline(letter), [letter]);
  const starts = useMemo(() => pageStarts(outline), [outline]);
  const [currentId, setCurrentId] = useState(letter.paragraphs[0]?.id);
  const kamerstuk = t('library.kamerstuk', letter.dossier, letter.nr);
  const citation = formatCitation(letter);

  const cite = useCallback(
    (paragraph: Paragraph) => {
      const quotation = quoteParagraph(paragraph);
      void copy(
        formatQuotation(letter, quotation.quote, quotation.page, quotation.pageEnd),
        t('reader.citationCopied'),
      );
    },
    [letter, copy, t],
  );
  const copyLink = useCallback(
    (paragraph: Paragraph) =>
      void copy(absoluteUrl(letterPath(letter.id, paragraph.id)), t('reader.linkCopied')),
    [letter, copy, t],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isShortcutEvent(event)) return;
    const target = event.target as HTMLElement;
    const focused = target.closest<HTMLElement>('[data-paragraph-id]');
    const fromId = focused?.dataset.paragraphId ?? currentId;
    const index = letter.paragraphs.findIndex((p) => p.id === fromId);
    const onParagraph = focused !== null && focused === target;
    const step =
      event.key === 'j' || (event.key === 'ArrowDown' && onParagraph)
        ? 1
        : event.key === 'k' || (event.key === 'ArrowUp' && onParagraph)
          ? -1
          : 0;
    const paragraph = letter.paragraphs[index];
    if (step !== 0) {
      const next =
        letter.paragraphs[Math.min(Math.max(index + step, 0), letter.paragraphs.length - 1)];
      const container = scrollRef.current;
      if (next && container) {
        setCurrentId(next.id);
        scrollPaneToParagraph(container, side, next.id);
      }
    } else if (event.key === 'c' && paragraph) cite(paragraph);
    else if (event.key === 'l' && paragraph) copyLink(paragraph);
    else return;
    event.preventDefault();
  };

  const contents = (nodes: SectionNode[]) => (
    <ol>
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <button
            type="button"
            className="compare-pane__toc-link"
            onClick={() => onContents(section.id)}
          >
            {section.title}
          </button>
          {children.length > 0 && contents(children)}
        </li>
      ))}
    </ol>
  );

  return (
    <section
      id={paneElementId(side)}
      className={`compare-pane compare-pane--${side}`}
      aria-label={t(
        'compare.paneLabel',
        t(side === 'left' ? 'compare.sideLeft' : 'compare.sideRight'),
        kamerstuk,
      )}
    >
      <header className="compare-pane__header">
        <p className="compare-pane__kamerstuk">
          {kamerstuk}
          <span aria-hidden="true"> · </span>
          <time dateTime={letter.date}>{formatDate(t, letter.date)}</time>
        </p>
        <p className="compare-pane__title">{letter.title}</p>
        <p className="compare-pane__citation">
          <span>{citation}</span>{' '}
          <Button
            size="small"
            variant="subtle"
            onClick={() => void copy(citation, t('reader.referenceCopied'))}
          >
            {t('library.copyCitation')}
          </Button>
        </p>
        <details className="compare-pane__toc">
          <summary>{t('reader.contents')}</summary>
          <nav aria-label={`${t('reader.contentsLabel')} (${kamerstuk})`}>{contents(outline)}</nav>
        </details>
        {notice && (
          <p className="compare-pane__notice" role="status">
            {notice}
          </p>
        )}
      </header>
      <div
        ref={scrollRef}
        className="compare-pane__scroll"
        data-pane={side}
        tabIndex={-1}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <ElementIdScope.Provider value={paneScope(side)}>
          <LetterText
            letter={letter}
            outline={outline}
            pageStarts={starts}
            highlights={NO_HIGHLIGHTS}
            currentParagraphId={currentId}
            onFocusParagraph={setCurrentId}
            onCite={cite}
            onCopyLink={copyLink}
          />
        </ElementIdScope.Provider>
      </div>
    </section>
  );
}
