// Sentence segmentation for Dutch letters.
//
// Exported API (stable):
//   splitSentences(text): SentenceSpan[]      the sentences of one paragraph, with offsets
//   letterSentences(letter): LetterSentence[] every sentence of a letter, with a stable id
//   sentenceId(paragraphId, n): string        "<paragraphId>#<n>", n counted from 1
//
// Intl.Segmenter (ICU's sentence rules) does the splitting; it already keeps
// "nr. 81", "1.113" and "Sr. blijkt" together because it never breaks before a
// digit or a lower-case letter. What it cannot know are Dutch abbreviations and
// initials that are followed by a capital: "I. W. Opstelten", "mr. De Vries",
// "art. 3 Sr." at the end of a sentence. Those are joined back here.
import type { Letter } from '../corpus/model';

export interface SentenceSpan {
  /** The sentence as printed, without surrounding white space. */
  text: string;
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface LetterSentence extends SentenceSpan {
  /** "<paragraphId>#<n>", stable as long as the paragraph's text is. */
  id: string;
  paragraphId: string;
  /** 1-based position in the paragraph. */
  n: number;
}

/**
 * Abbreviations that never end a Dutch sentence: a capital after them still belongs
 * to the same sentence ("nr. 66", "blz. 15", "dhr. Opstelten", "art. 240b").
 */
const NEVER_FINAL = new Set([
  'nr',
  'nrs',
  'blz',
  'art',
  'artt',
  'dd',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'dhr',
  'mw',
  'mevr',
  'st',
  'vgl',
  'zgn',
  'bijv',
  'bv',
  'resp',
  'ca',
  'jl',
  'vs',
  'i.p.v',
  'm.b.t',
  't.a.v',
  'm.i.v',
  'n.a.v',
  'o.g.v',
  'z.g',
  'd.w.z',
  'a.s',
]);

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** The word a segment ends on, when it ends on a dot: "nr", "I", "t.a.v" (dots inside after one letter each). */
function lastAbbreviation(segment: string): string | null {
  const match = /(?:^|[\s(«“"'‘])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(segment);
  return match?.[1] ?? null;
}

/** Whether a break after this segment is not a sentence end. */
function continues(segment: string): boolean {
  const word = lastAbbreviation(segment);
  if (word === null) return false;
  // Initials: capitals each with a dot ("I. W. Opstelten", "I.W. Opstelten").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return NEVER_FINAL.has(word.toLowerCase());
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pending: { start: number; end: number } | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    const start: number = pending?.start ?? index;
    const end = index + segment.length;
    if (continues(segment)) {
      pending = { start, end };
      continue;
    }
    pending = null;
    pushTrimmed(spans, text, start, end);
  }
  if (pending) pushTrimmed(spans, text, pending.start, pending.end);
  return spans;
}

/** Adds the sentence in text[start, end) without the white space around it, if any is left. */
function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  const segment = text.slice(start, end);
  const sentence = segment.trim();
  if (sentence === '') return;
  const from = start + segment.length - segment.trimStart().length;
  spans.push({ text: sentence, start: from, end: from + sentence.length });
}

export function sentenceId(paragraphId: string, n: number): string {
  return `${paragraphId}#${n}`;
}

/**
 * Every sentence of a letter, in reading order. The sign-off ("De minister …,\n
 * I. W. Opstelten") is one sentence: its line break is layout, not a full stop.
 */
export function letterSentences(letter: Letter): LetterSentence[] {
  return letter.paragraphs.flatMap((paragraph) => {
    const { text } = paragraph;
    const spans: SentenceSpan[] = [];
    if (paragraph.kind === 'body') spans.push(...splitSentences(text));
    else pushTrimmed(spans, text, 0, text.length);
    return spans.map((span, k) => {
      const n = k + 1;
      return { ...span, id: sentenceId(paragraph.id, n), paragraphId: paragraph.id, n };
    });
  });
}
