// One letter in the compare view: a one-line bar (which side, which letter, its
// contents) above the letter view the reader uses, in a scroll area of its own.
// j/k, c and l work as in the reader, but only in the pane that has focus.
import { useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Letter } from '@core/corpus/model';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/i18n';
import { useLetterCopy } from '../reader/copy-text';
import { ElementIdScope } from '../reader/element-ids';
import type { TextRange } from '../reader/highlight';
import { letterOutline, pageStarts } from '../reader/letter-outline';
import type { SectionNode } from '../reader/letter-outline';
import { LetterView } from '../reader/LetterView';
import { useLetterActions } from '../reader/use-letter-actions';
import { useReaderKeys } from '../reader/use-reader-keys';
import type { Side } from './comparison';
import { paneElementId, paneScope, paragraphAtTop, scrollPaneToParagraph } from './pane-scroll';

export interface ComparePaneProps {
  side: Side;
  letter: Letter;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Marked runs per paragraph: the changes this side shows. */
  marks: Map<string, TextRange[]>;
  /** Shown above the text, e.g. that the current theme is not in this letter. */
  notice?: ReactNode;
  onScroll(): void;
  /** The user picked a section from the pane's contents. */
  onContents(sectionId: string): void;
}

export function ComparePane({
  side,
  letter,
  scrollRef,
  marks,
  notice,
  onScroll,
  onContents,
}: ComparePaneProps) {
  const t = useT();
  const outline = useMemo(() => letterOutline(letter), [letter]);
  const starts = useMemo(() => pageStarts(outline), [outline]);
  const [currentId, setCurrentId] = useState(letter.paragraphs[0]?.id);
  const [contentsOpen, setContentsOpen] = useState(false);
  const paneRef = useRef<HTMLElement>(null);
  const actions = useLetterActions(letter, paneRef);
  // Copying from a pane copies the letter's words only, as in the reader.
  useLetterCopy(paneRef);
  const kamerstuk = t('library.kamerstuk', letter.dossier, letter.nr);
  const byId = useMemo(() => new Map(letter.paragraphs.map((p) => [p.id, p])), [letter]);

  useReaderKeys(
    paneRef,
    {
      move: (step, from) => {
        const container = scrollRef.current;
        const fromId = from ?? (container ? paragraphAtTop(container) : undefined) ?? currentId;
        const index = letter.paragraphs.findIndex((p) => p.id === fromId);
        const next =
          letter.paragraphs[Math.min(Math.max(index + step, 0), letter.paragraphs.length - 1)];
        if (!next || !container) return;
        setCurrentId(next.id);
        scrollPaneToParagraph(container, side, next.id);
      },
      cite: (from) => actions.cite(byId.get(from ?? currentId ?? '')),
      copyLink: (from) => {
        const paragraph = byId.get(from ?? currentId ?? '');
        if (paragraph) actions.copyLink(paragraph);
      },
      selectSentence: (from) => actions.selectSentence(from ?? currentId),
      extendSelection: actions.extendSelection,
      toContents: () => {
        setContentsOpen(true);
        // Once open, focus goes to the first entry of the contents.
        requestAnimationFrame(() =>
          paneRef.current?.querySelector<HTMLElement>('.compare-pane__toc-link')?.focus(),
        );
      },
    },
    { withinOnly: true },
  );

  const contents = (nodes: SectionNode[]) => (
    <ol>
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <button
            type="button"
            className="compare-pane__toc-link"
            onClick={() => {
              setContentsOpen(false);
              onContents(section.id);
            }}
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
      ref={paneRef}
      id={paneElementId(side)}
      className={`compare-pane compare-pane--${side}`}
      aria-label={t(
        'compare.paneLabel',
        t(side === 'left' ? 'compare.sideLeft' : 'compare.sideRight'),
        kamerstuk,
      )}
    >
      <div className="compare-pane__bar">
        <p className="compare-pane__which">
          <strong>{t('format.letterNr', letter.nr)}</strong>
          <span aria-hidden="true"> · </span>
          <time dateTime={letter.date}>{formatDate(t, letter.date)}</time>
        </p>
        <details
          className="compare-pane__toc"
          open={contentsOpen}
          onToggle={(event) => setContentsOpen(event.currentTarget.open)}
        >
          <summary>{t('reader.contents')}</summary>
          <nav
            aria-label={`${t('reader.contentsLabel')} (${kamerstuk})`}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              setContentsOpen(false);
              paneRef.current?.querySelector<HTMLElement>('.compare-pane__toc summary')?.focus();
            }}
          >
            {contents(outline)}
          </nav>
        </details>
      </div>
      {notice && (
        <p className="compare-pane__notice" role="status">
          {notice}
        </p>
      )}
      <div
        ref={scrollRef}
        className="compare-pane__scroll"
        data-pane={side}
        tabIndex={-1}
        onScroll={onScroll}
      >
        <ElementIdScope.Provider value={paneScope(side)}>
          <LetterView
            letter={letter}
            outline={outline}
            pageStarts={starts}
            actions={actions}
            titleLevel="pane"
            highlights={marks}
            currentParagraphId={currentId}
            onFocusParagraph={setCurrentId}
          />
        </ElementIdScope.Provider>
      </div>
    </section>
  );
}
