// Joins a paragraph's printed lines into one text. A hyphen at the end of a
// line is usually the typesetter's (kinderporno-/grafie) and goes; a real
// hyphen stays: suspended compounds ("stuur- en weegploeg"), compounds with
// capitals, digits or abbreviations ("OM-organisatie", "Peer-to-Peer"),
// chains that already hold a hyphen and Dutch vowel clashes ("politie-eenheden").
import type { PrintedLine } from './lines';

export type LineJoint = 'join' | 'keep-hyphen' | 'keep-hyphen-and-space' | 'space';

const CONJUNCTIONS = new Set(['en', 'of']);
const VOWELS = 'aeiou';

/** How the end of one printed line continues on the next. */
export function lineJoint(line: string, next: string): LineJoint {
  const head = /(\S+)-$/u.exec(line);
  if (!head) return 'space';
  const nextWord = /^\S+/u.exec(next)?.[0] ?? '';
  const firstWord = nextWord.replace(/[.,;:!?)]+$/u, '');
  if (CONJUNCTIONS.has(firstWord)) return 'keep-hyphen-and-space';
  if (!/^\p{Ll}/u.test(nextWord)) return 'keep-hyphen';
  const before = head[1] ?? '';
  if (before.includes('-')) return 'keep-hyphen';
  if (/\p{Lu}{2,}$/u.test(before)) return 'keep-hyphen';
  const last = before.slice(-1).toLowerCase();
  if (VOWELS.includes(last) && nextWord[0] === last) return 'keep-hyphen';
  return 'join';
}

export interface JoinedText {
  text: string;
  page: number;
  /** Where in `text` each later printed page starts. */
  pageBreaks: { page: number; offset: number }[];
}

export function joinLines(lines: readonly PrintedLine[], separator = ' '): JoinedText {
  const first = lines[0];
  if (!first) throw new Error('A paragraph needs at least one line');
  let text = first.text;
  let page = first.page;
  const pageBreaks: JoinedText['pageBreaks'] = [];
  for (const line of lines.slice(1)) {
    const joint = lineJoint(text, line.text);
    if (joint === 'join') text = text.slice(0, -1);
    else if (joint === 'keep-hyphen-and-space' || joint === 'space') text += separator;
    if (line.page !== page) {
      page = line.page;
      pageBreaks.push({ page, offset: text.length });
    }
    text += line.text;
  }
  return { text, page: first.page, pageBreaks };
}
