// Finds where a note belongs in a letter as it is now, which may differ from
// the letter it was made on (a corrected word, a split paragraph). The order
// is cheap-and-certain first: the stored position, then the exact quote, then
// an approximate quote. A note that cannot be placed is an orphan: it is
// reported and kept, never dropped.
import { letterText, PARAGRAPH_SEPARATOR, paragraphOffsets } from '../corpus/letter-text';
import type { ParagraphOffset } from '../corpus/letter-text';
import type { Corpus, Letter } from '../corpus/model';
import { matchQuote } from './match-quote';
import type { Note, TextPosition, TextQuote } from './model';
import { quoteAt } from './target';

export type Anchor =
  | {
      /** Found where it was made. */
      status: 'anchored' | 'moved';
      paragraphId: string;
      /** Offsets in letterText(letter). */
      start: number;
      end: number;
    }
  | { status: 'orphaned'; paragraphId: string; start: null; end: null };

interface LetterIndex {
  text: string;
  offsets: ParagraphOffset[];
}

// Anchoring thousands of notes must not rebuild a letter's text for each one.
const indexes = new WeakMap<Letter, LetterIndex>();

function indexOf(letter: Letter): LetterIndex {
  let index = indexes.get(letter);
  if (!index) {
    index = { text: letterText(letter), offsets: paragraphOffsets(letter) };
    indexes.set(letter, index);
  }
  return index;
}

/**
 * The paragraph an offset falls in; an offset in the blank line between two belongs to the next.
 * Undefined only past the letter's last character, where no passage starts.
 */
export function paragraphAt(
  offsets: ParagraphOffset[],
  offset: number,
): ParagraphOffset | undefined {
  return offsets.find((paragraph) => offset < paragraph.end);
}

/** What anchoring reads of a note: its letter and where in it the note was made. */
export type AnchorTarget = Pick<
  Note,
  'letterId' | 'paragraphId' | 'quote' | 'position' | 'paragraphStart'
>;

export function anchorNote(note: AnchorTarget, letter: Letter): Anchor {
  if (note.letterId !== letter.id) return orphan(note);
  return note.quote ? anchorQuote(note, note.quote, letter) : anchorParagraph(note, letter);
}

/** Anchors every note against the letter it belongs to; notes on a letter not in the corpus are orphans. */
export function anchorNotes(notes: readonly Note[], corpus: Corpus): Map<string, Anchor> {
  const letters = new Map(corpus.letters.map((letter) => [letter.id, letter]));
  const anchors = new Map<string, Anchor>();
  for (const note of notes) {
    const letter = letters.get(note.letterId);
    anchors.set(note.id, letter ? anchorNote(note, letter) : orphan(note));
  }
  return anchors;
}

function anchorQuote(note: AnchorTarget, quote: TextQuote, letter: Letter): Anchor {
  const { text, offsets } = indexOf(letter);
  const position = note.position;
  // The stored position is trusted only when the quote and its context are all still there.
  if (
    position &&
    text.slice(position.start, position.end) === quote.exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) ===
      quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  ) {
    return placed(note, offsets, position.start, position.end);
  }
  const match = matchQuote(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint: position?.start,
  });
  return match ? placed(note, offsets, match.start, match.end) : orphan(note);
}

function anchorParagraph(note: AnchorTarget, letter: Letter): Anchor {
  const { text, offsets } = indexOf(letter);
  const byId = offsets.find((paragraph) => paragraph.paragraphId === note.paragraphId);
  const opening = note.paragraphStart;
  if (byId && (!opening || text.startsWith(opening, byId.start))) {
    return { status: 'anchored', paragraphId: byId.paragraphId, start: byId.start, end: byId.end };
  }
  // The id now names other text (or nothing): follow the paragraph's opening
  // words, preferring a match right after a paragraph break.
  const match = opening
    ? matchQuote(text, opening, { prefix: PARAGRAPH_SEPARATOR, hint: byId?.start })
    : null;
  if (match) {
    // A match lies inside the text, so before the last paragraph's end.
    const found = paragraphAt(offsets, match.start)!;
    const status = found.paragraphId === note.paragraphId ? 'anchored' : 'moved';
    return { status, paragraphId: found.paragraphId, start: found.start, end: found.end };
  }
  // Nothing like its opening is left, but the id still exists: show it there, flagged as changed.
  if (byId)
    return { status: 'moved', paragraphId: byId.paragraphId, start: byId.start, end: byId.end };
  return orphan(note);
}

/**
 * Where an anchored note stands in the letter as it is now: the quote with
 * QUOTE_CONTEXT_LENGTH characters of context either side, its position in
 * letterText and its paragraph (for a whole-paragraph note, the quote is the
 * paragraph). What export gives other tools, so they can place a quote that
 * occurs more than once; null for an orphan.
 */
export interface CurrentPlace {
  paragraphId: string;
  quote: TextQuote;
  position: TextPosition;
}

export function currentPlace(anchor: Anchor, letter: Letter): CurrentPlace | null {
  if (anchor.start === null) return null;
  return {
    paragraphId: anchor.paragraphId,
    quote: quoteAt(indexOf(letter).text, anchor.start, anchor.end),
    position: { start: anchor.start, end: anchor.end },
  };
}

function placed(
  note: AnchorTarget,
  offsets: ParagraphOffset[],
  start: number,
  end: number,
): Anchor {
  // A passage lies inside the text, so it starts before the last paragraph's end.
  const paragraph = paragraphAt(offsets, start)!;
  const unchanged =
    paragraph.paragraphId === note.paragraphId &&
    note.position?.start === start &&
    note.position.end === end;
  return {
    status: unchanged ? 'anchored' : 'moved',
    paragraphId: paragraph.paragraphId,
    start,
    end,
  };
}

function orphan(note: AnchorTarget): Anchor {
  return { status: 'orphaned', paragraphId: note.paragraphId, start: null, end: null };
}
