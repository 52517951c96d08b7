// What two passages have in common, as character ranges to highlight: the key
// terms both use (by stem, so "verdachten" matches "verdachte") and the numbers
// both print (by value, so "1 113" matches "1113" and "250.000" matches "250000").
import { contentTerms } from './analyze';
import type { ContentTerm } from './analyze';

export interface Span {
  start: number;
  end: number;
}

export interface SharedTerm {
  /** The stem or normalised number both texts contain. */
  key: string;
  /** How the first occurrence is written in each text. */
  leftForm: string;
  rightForm: string;
  inLeft: Span[];
  inRight: Span[];
  /** How telling the term is (its IDF when one is given, else 1). */
  weight: number;
}

export interface SharedTermOptions {
  /** Term rarity across the letters, to rank terms and drop the commonest. */
  idf?: (term: string) => number;
  /** Terms whose IDF is below this are too common to be worth a highlight. */
  minIdf?: number;
  /** At most this many terms, the most telling first. */
  limit?: number;
}

// The day in "27 januari 2012": two dates that share a day number share nothing worth marking.
const DAY_OF_MONTH =
  /^\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/iu;

/** A number that stands as a figure: not the day of a date, nor part of a name like "In-4-mation". */
function isFigure(text: string, term: ContentTerm): boolean {
  if (DAY_OF_MONTH.test(text.slice(term.end, term.end + 12))) return false;
  return !/[-\u2010\u2011]/u.test(text.charAt(term.start - 1) + text.charAt(term.end));
}

function shared(a: string, b: string, numeric: boolean, options: SharedTermOptions): SharedTerm[] {
  const pick = (text: string) =>
    contentTerms(text).filter((t) =>
      t.numeric ? numeric && isFigure(text, t) : !numeric && t.term.length >= 3,
    );
  /** Per key, how the term is first written and every place it stands. */
  const group = (terms: ContentTerm[]) => {
    const byKey = new Map<string, { first: ContentTerm; spans: Span[] }>();
    for (const term of terms) {
      const span = { start: term.start, end: term.end };
      const found = byKey.get(term.term);
      if (found) found.spans.push(span);
      else byKey.set(term.term, { first: term, spans: [span] });
    }
    return byKey;
  };
  const left = group(pick(a));
  const right = group(pick(b));
  const result: SharedTerm[] = [];
  for (const [key, inLeft] of left) {
    const inRight = right.get(key);
    if (!inRight) continue;
    const weight = options.idf ? options.idf(key) : 1;
    if (weight < (options.minIdf ?? -Infinity)) continue;
    result.push({
      key,
      leftForm: a.slice(inLeft.first.start, inLeft.first.end),
      rightForm: b.slice(inRight.first.start, inRight.first.end),
      inLeft: inLeft.spans,
      inRight: inRight.spans,
      weight,
    });
  }
  result.sort((x, y) => y.weight - x.weight || x.key.localeCompare(y.key));
  return result.slice(0, options.limit);
}

/** Content words both passages use, the most telling first. */
export function sharedTerms(a: string, b: string, options: SharedTermOptions = {}): SharedTerm[] {
  return shared(a, b, false, options);
}

/** Numbers both passages print, compared by value; day numbers of dates are left out. */
export function sharedNumbers(a: string, b: string): SharedTerm[] {
  return shared(a, b, true, {});
}

export interface Mark extends Span {
  kind: 'term' | 'number';
  key: string;
}

/**
 * The highlights of a text for terms found shared elsewhere (e.g. across a whole
 * theme, of which this text is one paragraph): every content term whose key is
 * in one of the sets.
 */
export function marksForKeys(
  text: string,
  termKeys: ReadonlySet<string>,
  numberKeys: ReadonlySet<string>,
): Mark[] {
  const marks: Mark[] = [];
  for (const term of contentTerms(text)) {
    const kind = term.numeric
      ? numberKeys.has(term.term)
        ? 'number'
        : null
      : termKeys.has(term.term)
        ? 'term'
        : null;
    if (kind) marks.push({ start: term.start, end: term.end, kind, key: term.term });
  }
  return marks;
}
