// Footnote markers. The extraction glues a marker to the year before it
// ("2 februari 20121" is 2012 with marker 1). Only the letter's numbering
// scheme can tell a marker from a real number: in a per-page letter the next
// marker on a page is one more than the last on that page, in a continuous
// letter one more than the last in the letter. A candidate that does not fit
// stops the build rather than guess.
import type { Letter } from '../../core/corpus/model';
import type { JoinedText } from './dehyphenate';

export interface FootnoteMarker {
  n: number;
  page: number;
  /** Offset in the cleaned text right after which the marker stands. */
  offset: number;
}

export interface FootnoteCounter {
  numbering: Letter['footnoteNumbering'];
  lastOnPage: Map<number, number>;
  last: number;
}

export function footnoteCounter(numbering: Letter['footnoteNumbering']): FootnoteCounter {
  return { numbering, lastOnPage: new Map(), last: 0 };
}

function expectedMarker(counter: FootnoteCounter, page: number): number {
  return counter.numbering === 'per-page'
    ? (counter.lastOnPage.get(page) ?? 0) + 1
    : counter.last + 1;
}

/** The page an offset in a joined text falls on. */
export function pageAt(joined: Pick<JoinedText, 'page' | 'pageBreaks'>, offset: number): number {
  let page = joined.page;
  for (const pageBreak of joined.pageBreaks) if (pageBreak.offset <= offset) page = pageBreak.page;
  return page;
}

// A year (19xx or 20xx) directly followed by one or two more digits.
const YEAR_WITH_MARKER = /(?<![\d.,])((?:19|20)\d{2})(\d{1,2})(?![\d])/gu;

/** Removes the markers from a paragraph, advancing the counter; returns the cleaned text. */
export function takeFootnoteMarkers(
  joined: JoinedText,
  counter: FootnoteCounter,
): { joined: JoinedText; markers: FootnoteMarker[] } {
  const markers: FootnoteMarker[] = [];
  const removals: { at: number; length: number }[] = [];
  for (const match of joined.text.matchAll(YEAR_WITH_MARKER)) {
    const year = match[1] ?? '';
    const digits = match[2] ?? '';
    const page = pageAt(joined, match.index);
    const n = Number(digits);
    const expected = expectedMarker(counter, page);
    if (n !== expected) {
      throw new Error(
        `"${match[0]}" on page ${page} reads as a year with footnote marker ${n}, but the next marker is ${expected}`,
      );
    }
    counter.last = n;
    counter.lastOnPage.set(page, n);
    const at = match.index + year.length;
    markers.push({ n, page, offset: at - removedBefore(removals, at) });
    removals.push({ at, length: digits.length });
  }
  let text = '';
  let cursor = 0;
  for (const removal of removals) {
    text += joined.text.slice(cursor, removal.at);
    cursor = removal.at + removal.length;
  }
  text += joined.text.slice(cursor);
  const pageBreaks = joined.pageBreaks.map((pageBreak) => ({
    page: pageBreak.page,
    offset: pageBreak.offset - removedBefore(removals, pageBreak.offset),
  }));
  return { joined: { text, page: joined.page, pageBreaks }, markers };
}

function removedBefore(
  removals: readonly { at: number; length: number }[],
  offset: number,
): number {
  return removals
    .filter((removal) => removal.at < offset)
    .reduce((sum, removal) => sum + removal.length, 0);
}
