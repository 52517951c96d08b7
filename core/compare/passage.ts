// Finds the paragraph a quoted passage comes from. Curated data points into the
// letters by quote rather than by paragraph number, so it survives a change in how
// paragraphs are split, and a test can prove every quote still resolves.
import type { Letter, Paragraph } from '../corpus/model';
import type { Passage } from './curated-model';

export interface PassageMatch {
  letter: Letter;
  paragraph: Paragraph;
  /** Where the quote stands in the paragraph's text. */
  start: number;
  end: number;
}

/** Line breaks, no-break spaces and runs of spaces all count as one space. */
function collapsed(text: string): { text: string; offsets: number[] } {
  let out = '';
  /** Where each character of `out` stands in `text`. */
  const offsets: number[] = [];
  for (const { 0: piece, index } of text.matchAll(/\s+|\S/g)) {
    out += piece.trim() === '' ? ' ' : piece;
    offsets.push(index);
  }
  return { text: out, offsets };
}

/** Every place in the letter where the quote occurs. */
export function findQuote(letter: Letter, quote: string): PassageMatch[] {
  const needle = collapsed(quote.trim()).text;
  const matches: PassageMatch[] = [];
  if (needle.length === 0) return matches;
  for (const paragraph of letter.paragraphs) {
    const hay = collapsed(paragraph.text);
    let at = hay.text.indexOf(needle);
    while (at !== -1) {
      const start = hay.offsets[at] ?? 0;
      const last = hay.offsets[at + needle.length - 1] ?? start;
      matches.push({ letter, paragraph, start, end: last + 1 });
      at = hay.text.indexOf(needle, at + 1);
    }
  }
  return matches;
}

export type PassageResolution = { ok: true; match: PassageMatch } | { ok: false; problem: string };

/** The one paragraph a passage names, or why it names none or several. */
export function resolvePassage(letters: readonly Letter[], passage: Passage): PassageResolution {
  const letter = letters.find((candidate) => candidate.id === passage.letterId);
  if (!letter) return { ok: false, problem: `brief ${passage.letterId} bestaat niet` };
  const matches = findQuote(letter, passage.quote);
  const first = matches[0];
  if (!first) return { ok: false, problem: `"${passage.quote}" staat niet in ${passage.letterId}` };
  if (matches.length > 1) {
    const where = matches.map((m) => m.paragraph.id).join(', ');
    return {
      ok: false,
      problem: `"${passage.quote}" staat ${matches.length} keer in ${passage.letterId} (${where})`,
    };
  }
  return { ok: true, match: first };
}
