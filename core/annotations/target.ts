// Builds a note's target from what the user selected: the quote with a little
// context either side and its position in the letter's text, or, for a note on
// a whole paragraph, the paragraph's opening words. These are what anchoring
// later uses to find the passage again.
import { letterText, paragraphOffsets } from '../corpus/letter-text';
import type { Letter } from '../corpus/model';
import type { Note, TextQuote } from './model';

/** Characters of context kept either side of a quote: enough to tell repeats apart, small enough to survive edits nearby. */
export const QUOTE_CONTEXT_LENGTH = 32;
/** Characters of a paragraph's opening kept on a whole-paragraph note. */
export const PARAGRAPH_START_LENGTH = 80;

export type NoteTarget = Pick<Note, 'paragraphId' | 'quote' | 'position' | 'paragraphStart'>;

/** A point in the letter as the reader knows it: a paragraph and an offset in its text. */
export interface TextPoint {
  paragraphId: string;
  offset: number;
}

/** The target of a selection from `from` to `to` (which may lie in different paragraphs); null when it is empty or unknown. */
export function selectionTarget(letter: Letter, from: TextPoint, to: TextPoint): NoteTarget | null {
  const offsets = paragraphOffsets(letter);
  const startOf = (point: TextPoint) => {
    const paragraph = offsets.find((p) => p.paragraphId === point.paragraphId);
    if (!paragraph || point.offset < 0 || point.offset > paragraph.end - paragraph.start)
      return null;
    return paragraph.start + point.offset;
  };
  const start = startOf(from);
  const end = startOf(to);
  if (start === null || end === null || end <= start) return null;
  return {
    paragraphId: from.paragraphId,
    quote: quoteAt(letterText(letter), start, end),
    position: { start, end },
  };
}

/** The quote from `start` to `end` of a letter's text, with its context. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
}

/** The target of a note on a whole paragraph; null when the paragraph is not in the letter. */
export function paragraphTarget(letter: Letter, paragraphId: string): NoteTarget | null {
  const paragraph = letter.paragraphs.find((p) => p.id === paragraphId);
  if (!paragraph) return null;
  return {
    paragraphId,
    quote: null,
    position: null,
    paragraphStart: paragraph.text.slice(0, PARAGRAPH_START_LENGTH),
  };
}
