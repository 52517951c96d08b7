// One paragraph of a letter: its number in the margin, page markers, the text
// with footnote markers and highlights, and its two actions (Citeer, Link).
// Only the current paragraph (and its controls) is in the Tab order; j/k move
// between paragraphs (a roving tab index), so Tab does not walk 40 paragraphs.
import type { ReactNode } from 'react';
import type { FootnoteRef, Paragraph } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { NotedText } from '../notes/NotedText';
import { ParagraphNoteAction } from '../notes/ParagraphNoteAction';
import { NO_COPY } from './copy-text';
import { paragraphElementId, useElementIdScope } from './element-ids';
import { FootnoteMarker } from './FootnoteMarker';
import type { TextRange } from './highlight';
import { PageMarker } from './PageMarker';
import { paragraphSegments } from './paragraph-segments';
import { TEXT_ATTRIBUTE } from './selection';

export interface ParagraphViewProps {
  paragraph: Paragraph;
  footnotes: FootnoteRef[];
  highlights: TextRange[];
  /** The page that begins with this paragraph, if one does. */
  startsPage?: number;
  numberedPerPage: boolean;
  /** The letter's official publication, where the footnotes' texts are. */
  publication: string;
  current: boolean;
  onFocus(paragraphId: string): void;
  onCite(paragraph: Paragraph): void;
  onCopyLink(paragraph: Paragraph): void;
}

export function ParagraphView(props: ParagraphViewProps) {
  const { paragraph, footnotes, highlights, startsPage, numberedPerPage, current } = props;
  const t = useT();
  const idScope = useElementIdScope();
  const tabIndex = current ? 0 : -1;
  const segments = paragraphSegments(paragraph, footnotes, highlights);
  const noted = (segment: { start: number; text: string }) => ({
    paragraphId: paragraph.id,
    start: segment.start,
    text: segment.text,
    tabIndex,
  });

  return (
    <div
      className={`paragraph paragraph--${paragraph.kind}`}
      id={idScope + paragraphElementId(paragraph.id)}
      data-paragraph-id={paragraph.id}
      tabIndex={tabIndex}
      onFocus={() => props.onFocus(paragraph.id)}
    >
      <span className="paragraph__number" {...NO_COPY}>
        <VisuallyHidden>{t('reader.paragraph', paragraph.n)}</VisuallyHidden>
        <span aria-hidden="true">{paragraph.n}</span>
      </span>
      {startsPage !== undefined && <PageMarker page={startsPage} />}
      <p className="paragraph__text" lang="nl" {...{ [TEXT_ATTRIBUTE]: paragraph.id }}>
        {segments.map((segment, index) => {
          if (segment.kind === 'page')
            return <PageMarker key={`p${index}`} page={segment.page} inline />;
          if (segment.kind === 'footnote') {
            return (
              <FootnoteMarker
                key={`f${index}`}
                n={segment.n}
                page={segment.page}
                numberedPerPage={numberedPerPage}
                publication={props.publication}
                tabIndex={tabIndex}
              />
            );
          }
          const run = segment.highlighted ? (
            <mark key={`t${segment.start}`} className="highlight" data-offset={segment.start}>
              <NotedText {...noted(segment)} />
            </mark>
          ) : (
            <span key={`t${segment.start}`} data-offset={segment.start}>
              <NotedText {...noted(segment)} />
            </span>
          );
          return segment.marks ? (
            <MarkedRun
              key={`m${segment.start}`}
              marks={segment.marks}
              start={segment.start}
              end={segment.start + segment.text.length}
            >
              {run}
            </MarkedRun>
          ) : (
            run
          );
        })}
      </p>
      <div className="paragraph__actions" {...NO_COPY}>
        <button
          type="button"
          className="paragraph__action"
          tabIndex={tabIndex}
          aria-label={t('reader.citeLabel', paragraph.n)}
          aria-keyshortcuts="c"
          onClick={() => props.onCite(paragraph)}
        >
          {t('reader.cite')}
        </button>
        <button
          type="button"
          className="paragraph__action"
          tabIndex={tabIndex}
          aria-label={t('reader.linkLabel', paragraph.n)}
          aria-keyshortcuts="l"
          onClick={() => props.onCopyLink(paragraph)}
        >
          {t('reader.link')}
        </button>
        <ParagraphNoteAction paragraph={paragraph} tabIndex={tabIndex} />
      </div>
    </div>
  );
}

/**
 * A run inside marked ranges (e.g. a change between letters): drawn with each
 * range's class, and announced with the range's label where the range begins
 * and a closing bracket where it ends. The labels are CSS alternative text, not
 * text in the page, so copying the passage copies the letter's words alone.
 */
function MarkedRun({
  marks,
  start,
  end,
  children,
}: {
  marks: TextRange[];
  start: number;
  end: number;
  children: ReactNode;
}) {
  const opening = marks.filter((range) => range.start === start);
  const closing = marks.filter((range) => range.end === end);
  return (
    <span
      className={marks.map((range) => `text-mark text-mark--${range.mark?.kind}`).join(' ')}
      data-mark-open={
        opening.length > 0 ? opening.map((range) => range.mark?.label).join(', ') : undefined
      }
      data-mark-close={closing.length > 0 ? ']'.repeat(closing.length) : undefined}
    >
      {children}
    </span>
  );
}
