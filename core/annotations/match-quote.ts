// Finds a quote in a text again, exactly or approximately, using the context
// either side and the place it was last seen to choose between candidates.
// Modelled on the approach of hypothesis/client's match-quote: an exact pass
// first, because it is cheap and nearly always enough, then Myers' bit-vector
// approximate search (approx-string-match), which costs O((k/32)·n) for a
// text of n characters and an error budget of k.
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start; nearer candidates score higher. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Differences between the quote and the matched text (0 for an exact match). */
  errors: number;
  /** 0..1, the weighted agreement of quote, context and position. */
  score: number;
}

// The quote itself dominates the score; the context decides between repeats of
// the same words (common in a letter that says "kinderpornografie" 40 times);
// the position only breaks ties that context cannot, because after a
// correction the old offset is the least trustworthy of the four.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/**
 * The share of a quote's characters that may differ in an approximate match.
 * Higher finds notes across bigger corrections but risks anchoring on a
 * different sentence that merely looks alike; in a text people cite, a wrong
 * anchor is worse than an orphan the user is told about, so this stays low.
 * A quote shorter than 1 / MAX_ERROR_RATE characters must match exactly.
 */
export const MAX_ERROR_RATE = 0.2;
/** Caps the approximate search's cost for very long quotes (whole sections). */
export const MAX_ERRORS = 256;

/** The best match of `quote` in `text`, or null when none is within the error budget. */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
): QuoteMatch | null {
  if (quote.length === 0) return null;
  const exact = exactMatches(text, quote);
  const candidates =
    exact.length > 0
      ? exact
      : search(text, quote, Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE)));
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const scored = { ...candidate, score: scoreMatch(text, quote, candidate, context) };
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

function exactMatches(
  text: string,
  quote: string,
): { start: number; end: number; errors: number }[] {
  const matches = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}

function scoreMatch(
  text: string,
  quote: string,
  match: { start: number; end: number; errors: number },
  context: QuoteContext,
): number {
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = context.prefix
    ? similarity(
        text.slice(Math.max(0, match.start - context.prefix.length), match.start),
        context.prefix,
      )
    : 1;
  const suffixScore = context.suffix
    ? similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix)
    : 1;
  const positionScore =
    context.hint === undefined
      ? 1
      : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const total =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return total / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}

/** 0..1: how closely `expected` occurs in `actual`, which is about as long. */
function similarity(actual: string, expected: string): number {
  if (actual.length === 0 || expected.length === 0) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}
