// A letter as one plain text: its paragraphs joined by a blank line. Quote
// anchors (W3C TextPositionSelector) count characters in this text, so its
// shape must never change without migrating the notes that point into it.
import type { Letter, Paragraph } from './model';

export const PARAGRAPH_SEPARATOR = '\n\n';

export function letterText(letter: Pick<Letter, 'paragraphs'>): string {
  return letter.paragraphs.map((paragraph) => paragraph.text).join(PARAGRAPH_SEPARATOR);
}

export interface ParagraphOffset {
  paragraphId: string;
  /** Offset of the paragraph's first character in letterText. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

export function paragraphOffsets(letter: Pick<Letter, 'paragraphs'>): ParagraphOffset[] {
  let start = 0;
  return letter.paragraphs.map((paragraph) => {
    const offset = { paragraphId: paragraph.id, start, end: start + paragraph.text.length };
    start = offset.end + PARAGRAPH_SEPARATOR.length;
    return offset;
  });
}

/** The printed page an offset in a paragraph's text falls on. */
export function pageOfOffset(
  paragraph: Pick<Paragraph, 'page' | 'pageBreaks'>,
  offset: number,
): number {
  let page = paragraph.page;
  for (const pageBreak of paragraph.pageBreaks)
    if (pageBreak.offset <= offset) page = pageBreak.page;
  return page;
}
