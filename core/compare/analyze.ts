// What counts as a content term when two letters are compared: the search
// tokeniser's normalised words (lower case, no accents), minus function words,
// stemmed lightly, with numbers kept whole ("1 113" is one figure, not two).
// Every term keeps its character range so the compare view can highlight it.
import { DUTCH_STOP_WORDS, isNumericTerm, tokenize } from '../search/normalize';
import { stem } from './stem';

/**
 * Function words that say nothing about a theme. The search list is kept small on
 * purpose (phrases need them); comparing two letters needs a fuller one, or every
 * paragraph would look alike through "heeft", "worden" and "kunnen".
 */
const COMPARE_STOP_WORDS: ReadonlySet<string> = new Set([
  ...DUTCH_STOP_WORDS,
  'alle',
  'alsook',
  'ander',
  'andere',
  'ben',
  'bent',
  'binnen',
  'bovendien',
  'daar',
  'daarbij',
  'daarmee',
  'daarnaast',
  'daarom',
  'daarvan',
  'daarvoor',
  'derhalve',
  'doen',
  'dus',
  'echter',
  'eens',
  'eerder',
  'elk',
  'enkel',
  'enkele',
  'even',
  'geen',
  'had',
  'hadden',
  'heb',
  'hebben',
  'heeft',
  'hier',
  'hierbij',
  'hiermee',
  'hierover',
  'hiervan',
  'hiervoor',
  'hoewel',
  'hen',
  'ieder',
  'iedere',
  'indien',
  'je',
  'kan',
  'kon',
  'konden',
  'kunnen',
  'maar',
  'mag',
  'me',
  'meer',
  'men',
  'mij',
  'mijn',
  'mits',
  'moet',
  'moeten',
  'mogen',
  'namelijk',
  'niet',
  'nog',
  'nu',
  'omdat',
  'ondanks',
  'per',
  'reeds',
  'sinds',
  'tegen',
  'tevens',
  'thans',
  'tijdens',
  'toe',
  'toen',
  'u',
  'uw',
  'veel',
  'verder',
  'via',
  'vanaf',
  'waarbij',
  'waarin',
  'waarmee',
  'waarop',
  'want',
  'was',
  'waren',
  'weer',
  'wel',
  'werd',
  'werden',
  'wil',
  'willen',
  'word',
  'wordt',
  'worden',
  'zelf',
  'zich',
  'zoals',
  'zou',
  'zouden',
  'zullen',
  // Verbs and adjectives any paragraph may use, whatever its theme.
  ...['eerste', 'extra', 'gaan', 'gaat', 'geeft', 'gegeven', 'gemaakt', 'geven', 'goed', 'goede'],
  ...['groot', 'grote', 'komen', 'komt', 'laatste', 'maakt', 'maken', 'nader', 'nieuw', 'nieuwe'],
  ...['samen', 'staan', 'staat', 'werkt'],
  // Month names: every section dates something, so a shared month says nothing about a theme.
  ...['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus'],
  ...['september', 'oktober', 'november', 'december'],
]);

export function isCompareStopWord(term: string): boolean {
  return COMPARE_STOP_WORDS.has(term);
}

/** A content term of a text: its stem, and where the word stands. */
export interface ContentTerm {
  term: string;
  start: number;
  end: number;
  numeric: boolean;
}

/**
 * The content terms of a text in order. Hyphenated compounds count by their parts
 * ("OM-organisatie" → "om", "organisatie"); a number with group spaces counts once,
 * as the whole number. A stop word written in capitals is an acronym and counts.
 */
export function contentTerms(text: string): ContentTerm[] {
  // "OM" (Openbaar Ministerie) is a key term; "om" is a function word.
  const isAcronym = (start: number, end: number) => /^\p{Lu}{2,}$/u.test(text.slice(start, end));
  const result: ContentTerm[] = [];
  let coveredUntil = -1;
  for (const token of tokenize(text)) {
    // The digit groups of a number already counted whole.
    if (token.end <= coveredUntil) continue;
    const numeric = isNumericTerm(token.term);
    if (token.joined) {
      if (!numeric) continue;
      coveredUntil = token.end;
    }
    if (numeric) {
      result.push({ term: token.term, start: token.start, end: token.end, numeric: true });
      continue;
    }
    if (token.term.length < 2) continue;
    if (isCompareStopWord(token.term) && !isAcronym(token.start, token.end)) continue;
    result.push({ term: stem(token.term), start: token.start, end: token.end, numeric: false });
  }
  return result;
}

const MIN_COMPOUND = 9;
const MIN_PART = 5;

/**
 * The known words a Dutch compound is built from, found against the vocabulary of
 * the letters themselves: "politiecapaciteit" → "politie", "capaciteit";
 * "kinderpornorechercheurs" → "kinderporno". Only the longest known head and tail
 * are returned, so a compound adds at most two terms.
 */
export function compoundParts(term: string, vocabulary: ReadonlySet<string>): string[] {
  if (term.length < MIN_COMPOUND || !/^[a-z]+$/.test(term)) return [];
  const parts: string[] = [];
  for (let cut = term.length - 3; cut >= MIN_PART; cut -= 1) {
    const head = term.slice(0, cut);
    if (vocabulary.has(head)) {
      parts.push(head);
      break;
    }
  }
  // Stryker disable next-line ArithmeticOperator: past this cut the tail has fewer than MIN_PART letters, which the length check below refuses anyway
  for (let cut = 3; cut <= term.length - MIN_PART; cut += 1) {
    const tail = stem(term.slice(cut));
    if (tail.length >= MIN_PART && vocabulary.has(tail)) {
      parts.push(tail);
      break;
    }
  }
  return parts;
}
