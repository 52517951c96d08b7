// Which characters of a result to mark: the words that matched and every phrase
// occurrence, as ranges in the original text (accents, hyphens and all), because
// the tokens remember where in the original they came from.
import type { Token } from './normalize';
import { tokenize } from './normalize';

export type Highlight = [start: number, end: number];

/**
 * The tokens of the texts highlighted most recently. Typing a query asks for the
 * same few results again at every key, and tokenizing their texts afresh was most
 * of a keystroke's search time. Bounded, so a growing corpus cannot grow it.
 */
const recentTokens = new Map<string, readonly Token[]>();
const RECENT_TEXTS = 256;

function tokensOf(text: string): readonly Token[] {
  const known = recentTokens.get(text);
  recentTokens.delete(text);
  const tokens = known ?? tokenize(text);
  recentTokens.set(text, tokens);
  if (recentTokens.size > RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value!);
  return tokens;
}

/**
 * Tokenizes a text ahead of its first highlight, while the cache has room (it
 * never pushes out a text highlighted recently). False once it is full, as it
 * is soon for a large corpus, so the caller can stop.
 */
export function prepareHighlight(text: string): boolean {
  if (recentTokens.has(text)) return true;
  if (recentTokens.size >= RECENT_TEXTS) return false;
  recentTokens.set(text, tokenize(text));
  return true;
}

function merge(ranges: Highlight[]): Highlight[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Highlight[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Where `phrase` (normalised terms) occurs in the tokens, as ranges. */
export function phraseRanges(tokens: readonly Token[], phrase: readonly string[]): Highlight[] {
  const words = tokens.filter((token) => !token.joined);
  const ranges: Highlight[] = [];
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    let matches = true;
    for (let j = 0; j < phrase.length && matches; j += 1) {
      matches = (words[i + j] as Token).term === phrase[j];
    }
    if (matches)
      ranges.push([(words[i] as Token).start, (words[i + phrase.length - 1] as Token).end]);
  }
  return ranges;
}

/** True when the text holds the phrase word for word (stop words included). */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  return phraseRanges(tokenize(text), phrase).length > 0;
}

/**
 * The ranges to mark in `text` for the matched terms (each with how well it matched
 * the query, 0–1) and phrases, sorted and merged.
 */
export function highlightRanges(
  text: string,
  matchedTerms: ReadonlyMap<string, number>,
  phrases: readonly (readonly string[])[],
): Highlight[] {
  const tokens = tokensOf(text);
  const ranges: Highlight[] = [];
  tokens.forEach((token, i) => {
    if (!matchedTerms.has(token.term)) return;
    // A whole compound ("OM-organisatie") is marked only when it matched at least as
    // well as its parts, the tokens inside it: the query "organisatie" marks just that part.
    const weight = matchedTerms.get(token.term) as number;
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).start < token.end; j += 1) {
      if ((matchedTerms.get((tokens[j] as Token).term) ?? 0) > weight) return;
    }
    ranges.push([token.start, token.end]);
  });
  for (const phrase of phrases) ranges.push(...phraseRanges(tokens, phrase));
  return merge(ranges);
}
