// Citing what the user selected. The DOM holds more than the paragraph's text
// (page markers, footnote numbers, buttons); only elements marked with
// data-offset hold the text, each from that offset on. So a point in the DOM
// maps to an offset in the paragraph's text by looking at those runs alone.
import { pageOfOffset } from '@core/corpus/letter-text';
import type { Letter } from '@core/corpus/model';

/** The attribute on a paragraph's text element, holding its paragraph id. */
export const TEXT_ATTRIBUTE = 'data-paragraph-text';

export interface TextPoint {
  paragraphId: string;
  offset: number;
}

export interface LetterSelection {
  start: TextPoint;
  end: TextPoint;
}

/** The offset in the paragraph's text of a DOM point inside its text element. */
export function offsetInText(textElement: Element, node: Node, offset: number): number {
  const runs = textElement.querySelectorAll<HTMLElement>('[data-offset]');
  const doc = textElement.ownerDocument;
  let reached = 0;
  for (const run of runs) {
    const start = Number(run.dataset.offset);
    const length = run.textContent?.length ?? 0;
    const range = doc.createRange();
    range.selectNodeContents(run);
    const where = range.comparePoint(node, offset);
    if (where < 0) return start;
    if (where === 0) {
      const before = doc.createRange();
      before.setStart(run, 0);
      before.setEnd(node, offset);
      return start + Math.min(before.toString().length, length);
    }
    reached = start + length;
  }
  return reached;
}

function textElements(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[${TEXT_ATTRIBUTE}]`)];
}

function pointIn(element: HTMLElement, node: Node, offset: number): TextPoint {
  return {
    paragraphId: element.getAttribute(TEXT_ATTRIBUTE) as string,
    offset: offsetInText(element, node, offset),
  };
}

/**
 * The current selection as text points, when it lies (at least partly) in the
 * letter's paragraphs under `root`. A boundary outside any paragraph (in a
 * heading, a table) moves to the nearest paragraph text inside the selection.
 */
export function letterSelection(
  root: Element,
  selection: Selection | null,
): LetterSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const inRange = textElements(root).filter((element) => range.intersectsNode(element));
  const first = inRange[0];
  const last = inRange[inRange.length - 1];
  if (!first || !last) return null;
  const start = first.contains(range.startContainer)
    ? pointIn(first, range.startContainer, range.startOffset)
    : { paragraphId: first.getAttribute(TEXT_ATTRIBUTE) as string, offset: 0 };
  const end = last.contains(range.endContainer)
    ? pointIn(last, range.endContainer, range.endOffset)
    : { paragraphId: last.getAttribute(TEXT_ATTRIBUTE) as string, offset: Number.MAX_SAFE_INTEGER };
  return { start, end };
}

export interface Quotation {
  quote: string;
  page: number;
  pageEnd?: number;
}

/** The quoted text (white space folded, as it reads) and its pages. */
export function quoteSelection(
  letter: Pick<Letter, 'paragraphs'>,
  selection: LetterSelection,
): Quotation | null {
  const from = letter.paragraphs.findIndex(
    (paragraph) => paragraph.id === selection.start.paragraphId,
  );
  const to = letter.paragraphs.findIndex((paragraph) => paragraph.id === selection.end.paragraphId);
  if (from < 0 || to < from) return null;
  const parts = letter.paragraphs
    .slice(from, to + 1)
    .map((paragraph, index, all) => {
      const start = index === 0 ? selection.start.offset : 0;
      const end =
        index === all.length - 1
          ? Math.min(selection.end.offset, paragraph.text.length)
          : paragraph.text.length;
      return { paragraph, start, end, text: paragraph.text.slice(start, end) };
    })
    // A selection that starts at the very end of one paragraph quotes from the next.
    .filter((part) => /\S/u.test(part.text));
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  const quote = parts
    .map((part) => part.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // Pages are read where the quoted words begin and end, not where stray spaces are.
  const leading = first.text.search(/\S/u);
  const trailing = /\s*$/u.exec(last.text)?.[0].length ?? 0;
  const page = pageOfOffset(first.paragraph, first.start + leading);
  const pageEnd = pageOfOffset(last.paragraph, last.end - trailing - 1);
  return pageEnd === page ? { quote, page } : { quote, page, pageEnd };
}

/** The whole paragraph as a quotation. */
export function quoteParagraph(paragraph: Letter['paragraphs'][number]): Quotation {
  const quote = paragraph.text.replace(/\s+/gu, ' ').trim();
  const pageEnd = paragraph.pageEnd;
  return pageEnd !== undefined && pageEnd !== paragraph.page
    ? { quote, page: paragraph.page, pageEnd }
    : { quote, page: paragraph.page };
}
