// The body of a letter in reading order: sections with their headings (h2 for
// a main heading, h3 under it; unprinted ones, like the opening, only for
// screen readers), paragraphs, and tables where the letter has them.
import type { FootnoteRef, Letter, Paragraph } from '@core/corpus/model';
import { LetterNotes } from '../notes/LetterNotes';
import { headingElementId, useElementIdScope } from './element-ids';
import type { TextRange } from './highlight';
import { firstScreenBlocks, pageKey } from './letter-outline';
import type { SectionNode } from './letter-outline';
import { LetterTable } from './LetterTable';
import { PageMarker } from './PageMarker';
import { ParagraphView } from './ParagraphView';

export interface LetterTextProps {
  letter: Letter;
  outline: SectionNode[];
  pageStarts: Map<string, number>;
  highlights: Map<string, TextRange[]>;
  currentParagraphId: string | undefined;
  /** False for the first render: only the blocks that fill the first screen. */
  whole?: boolean;
  onFocusParagraph(paragraphId: string): void;
  onCite(paragraph: Paragraph): void;
  onCopyLink(paragraph: Paragraph): void;
}

const NO_RANGES: TextRange[] = [];
/** How many of each section's blocks to render: all, or the first `limit` in reading order. */
function blocksShown(outline: SectionNode[], limit: number): Map<string, number> {
  const shown = new Map<string, number>();
  let left = limit;
  const visit = ({ section, blocks, children }: SectionNode) => {
    if (left <= 0) return;
    const count = Math.min(blocks.length, left);
    shown.set(section.id, count);
    left -= count;
    children.forEach(visit);
  };
  outline.forEach(visit);
  return shown;
}

export function LetterText(props: LetterTextProps) {
  const { letter, pageStarts } = props;
  const idScope = useElementIdScope();
  const footnotesOf = new Map<string, FootnoteRef[]>();
  for (const footnote of letter.footnotes) {
    footnotesOf.set(footnote.paragraphId, [
      ...(footnotesOf.get(footnote.paragraphId) ?? []),
      footnote,
    ]);
  }
  const numberedPerPage = letter.footnoteNumbering === 'per-page';
  const counts = blocksShown(
    props.outline,
    props.whole === false ? firstScreenBlocks(props.outline, window.innerHeight) : Infinity,
  );

  const renderSection = ({ section, blocks, children }: SectionNode) => {
    const count = counts.get(section.id);
    if (count === undefined) return null;
    const shown = blocks.slice(0, count);
    const Heading = section.level === 1 ? 'h2' : 'h3';
    const headingPage = pageStarts.get(pageKey.heading(section.id));
    return (
      <section key={section.id} className={`letter-section letter-section--level-${section.level}`}>
        <div className="letter-section__heading">
          {headingPage !== undefined && <PageMarker page={headingPage} />}
          <Heading
            id={idScope + headingElementId(section.id)}
            tabIndex={-1}
            lang="nl"
            className={section.printed ? 'letter-heading' : 'letter-heading visually-hidden'}
          >
            {section.title}
          </Heading>
        </div>
        {shown.map((block) => {
          if (block.kind === 'table') {
            const page = pageStarts.get(pageKey.table(block.table.id));
            return (
              <LetterTable
                key={block.table.id}
                table={block.table}
                pageMarker={page === undefined ? undefined : <PageMarker page={page} />}
              />
            );
          }
          const { paragraph } = block;
          return (
            <ParagraphView
              key={paragraph.id}
              paragraph={paragraph}
              footnotes={footnotesOf.get(paragraph.id) ?? []}
              highlights={props.highlights.get(paragraph.id) ?? NO_RANGES}
              startsPage={pageStarts.get(pageKey.paragraph(paragraph.id))}
              numberedPerPage={numberedPerPage}
              publication={letter.identifier}
              current={paragraph.id === props.currentParagraphId}
              onFocus={props.onFocusParagraph}
              onCite={props.onCite}
              onCopyLink={props.onCopyLink}
            />
          );
        })}
        {children.map(renderSection)}
      </section>
    );
  };

  return (
    <LetterNotes letter={letter}>
      <div className="letter-text">{props.outline.map(renderSection)}</div>
    </LetterNotes>
  );
}
