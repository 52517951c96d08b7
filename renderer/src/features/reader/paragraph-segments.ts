// A paragraph's text cut into what the reader renders inline: runs of text
// (highlighted or not), the place where a new printed page begins inside the
// paragraph, and footnote markers. Every run knows its offset in the
// paragraph's text, which is how a selection is mapped back to the text.
import type { FootnoteRef, Paragraph } from '@core/corpus/model';
import type { TextRange } from './highlight';

export type Segment =
  | { kind: 'text'; start: number; text: string; highlighted: boolean; marks?: TextRange[] }
  | { kind: 'page'; page: number }
  | { kind: 'footnote'; n: number; page: number };

export function paragraphSegments(
  paragraph: Pick<Paragraph, 'text' | 'pageBreaks'>,
  footnotes: Pick<FootnoteRef, 'n' | 'page' | 'offset'>[],
  highlights: TextRange[] = [],
): Segment[] {
  const { text } = paragraph;
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  // A page that begins at offset 0 begins with the paragraph: the paragraph carries that marker.
  const breaks = paragraph.pageBreaks.filter((pageBreak) => pageBreak.offset > 0);
  const cuts = new Set<number>([0, text.length]);
  for (const pageBreak of breaks) cuts.add(clamp(pageBreak.offset));
  for (const footnote of footnotes) cuts.add(clamp(footnote.offset));
  for (const range of highlights) {
    cuts.add(clamp(range.start));
    cuts.add(clamp(range.end));
  }
  const positions = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  const insertsAt = (offset: number) => {
    // A footnote marker belongs to the word before it, so it comes before a page marker at the same place.
    for (const footnote of footnotes) {
      if (clamp(footnote.offset) === offset)
        segments.push({ kind: 'footnote', n: footnote.n, page: footnote.page });
    }
    for (const pageBreak of breaks) {
      if (clamp(pageBreak.offset) === offset) segments.push({ kind: 'page', page: pageBreak.page });
    }
  };
  positions.forEach((start, index) => {
    insertsAt(start);
    const end = positions[index + 1];
    if (end === undefined || end === start) return;
    const covering = highlights.filter((range) => range.start <= start && range.end >= end);
    const highlighted = covering.some((range) => range.mark === undefined);
    const marks = covering.filter((range) => range.mark !== undefined);
    segments.push({
      kind: 'text',
      start,
      text: text.slice(start, end),
      highlighted,
      ...(marks.length > 0 ? { marks } : {}),
    });
  });
  return segments;
}
