// Joins a paragraph's printed lines into one text. A hyphen at the end of a
// line is usually the typesetter's (kinderporno-/grafie) and goes; a real
// hyphen stays: suspended compounds ("stuur- en weegploeg"), compounds with
// capitals, digits or abbreviations ("OM-organisatie", "Peer-to-Peer"),
// chains that already hold a hyphen, Dutch vowel clashes ("politie-eenheden"),
// compounds with a name the letter prints on its own ("Europol-rapport",
// "Interpol-project") and coordinated adjectives ("publiek-private").
import type { PrintedLine } from './lines';

export type LineJoint = 'join' | 'keep-hyphen' | 'keep-hyphen-and-space' | 'space';

const CONJUNCTIONS = new Set(['en', 'of']);
const VOWELS = 'aeiou';
/** Adjectives Dutch joins to the next with a hyphen: "publiek-private", "sociaal-economische". */
const COORDINATED = new Set([
  'publiek',
  'privaat',
  'sociaal',
  'economisch',
  'juridisch',
  'politiek',
  'bestuurlijk',
  'technisch',
  'medisch',
  'financieel',
  'maatschappelijk',
  'wetenschappelijk',
]);

/**
 * The capitalised words a text prints on their own (not broken at a line end):
 * the names a compound keeps its hyphen after ("Interpol" in "Interpol-project"),
 * as opposed to the first half of a broken word ("Kinder-" of "Kinderpornografie").
 */
export function standaloneNames(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu) ?? []);
}

/** How the end of one printed line continues on the next; `names` as standaloneNames gives them. */
export function lineJoint(
  line: string,
  next: string,
  names: ReadonlySet<string> = new Set(),
): LineJoint {
  const head = /(\S+)-$/u.exec(line);
  if (!head) return 'space';
  const nextWord = /^\S+/u.exec(next)?.[0] ?? '';
  const firstWord = nextWord.replace(/[.,;:!?)]+$/u, '');
  if (CONJUNCTIONS.has(firstWord)) return 'keep-hyphen-and-space';
  if (!/^\p{Ll}/u.test(nextWord)) return 'keep-hyphen';
  const before = head[1] ?? '';
  if (before.includes('-')) return 'keep-hyphen';
  if (/\p{Lu}{2,}$/u.test(before)) return 'keep-hyphen';
  const word = /[\p{L}]+$/u.exec(before)?.[0] ?? '';
  if (names.has(word) || COORDINATED.has(word.toLowerCase())) return 'keep-hyphen';
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

export function joinLines(
  lines: readonly PrintedLine[],
  separator = ' ',
  names: ReadonlySet<string> = new Set(),
): JoinedText {
  const first = lines[0];
  if (!first) throw new Error('A paragraph needs at least one line');
  let text = first.text;
  let page = first.page;
  const pageBreaks: JoinedText['pageBreaks'] = [];
  for (const line of lines.slice(1)) {
    const joint = lineJoint(text, line.text, names);
    if (joint === 'join') text = text.slice(0, -1);
    else if (joint === 'keep-hyphen-and-space' || joint === 'space') text += separator;
    if (line.page !== page) {
      page = line.page;
      // A page that starts inside a word ("mogelijk|heden") is marked at the word's start.
      const inWord = joint === 'join' || joint === 'keep-hyphen';
      const offset = inWord ? text.search(/[\p{L}\p{N}’-]*$/u) : text.length;
      pageBreaks.push({ page, offset });
    }
    text += line.text;
  }
  return { text, page: first.page, pageBreaks };
}
