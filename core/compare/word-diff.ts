// A word-level diff for passages that are nearly the same text, e.g. a sentence
// the later letter repeats with one term changed ("ontsleutelplicht" becomes
// "decryptiebevel"). Two passages that merely share a theme get no diff: marking
// every word as changed tells a reader nothing.
import { diffWordsWithSpace } from 'diff';
import type { ChangeObject } from 'diff';
import { foldText } from '../search/normalize';
import { splitSentences } from './sentences';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice similarity of the two texts' words (with repeats): 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

function toPart(part: ChangeObject<string>): DiffPart {
  return { text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' };
}

/** Passages below this share too little for a diff to read well. */
export const NEAR_IDENTICAL = 0.6;

/** The word-level changes from a to b, or null when they are not near-identical. */
export function wordDiff(a: string, b: string, threshold = NEAR_IDENTICAL): DiffPart[] | null {
  if (wordSimilarity(a, b) < threshold) return null;
  return diffWordsWithSpace(a, b).map(toPart);
}

/** Splits a paragraph into sentences, keeping each sentence's own text. */
export function sentences(text: string): string[] {
  return splitSentences(text).map((sentence) => sentence.text);
}

/** The length, in words, of the longest run of words both texts have in the same order. */
export function longestSharedRun(a: string, b: string): number {
  const right = words(b);
  let best = 0;
  // previous[j]: the run of shared words ending at the previous left word and right[j].
  let previous: number[] = [];
  for (const word of words(a)) {
    const current = right.map((other, j) => (other === word ? (previous[j - 1] ?? 0) + 1 : 0));
    best = Math.max(best, ...current);
    previous = current;
  }
  return best;
}

/** A repeated clause: this many words in a row, and a third of the shorter sentence. */
const MIN_RUN = 8;

function repeatsAClause(a: string, b: string): boolean {
  const run = longestSharedRun(a, b);
  return run >= MIN_RUN && run * 3 >= Math.min(words(a).length, words(b).length);
}

export interface SentencePair {
  left: string;
  right: string;
  similarity: number;
  diff: DiffPart[];
}

/**
 * The near-identical sentences of two passages, each with its diff: sentences with
 * mostly the same words, or that repeat a whole clause. Two letters on one theme
 * rarely repeat whole paragraphs, but they do repeat sentences and clauses.
 */
export function nearIdenticalSentences(
  a: string,
  b: string,
  threshold = NEAR_IDENTICAL,
): SentencePair[] {
  const pairs: SentencePair[] = [];
  const rights = sentences(b);
  for (const left of sentences(a)) {
    if (words(left).length < 4) continue;
    let best: { right: string; similarity: number } | undefined;
    for (const right of rights) {
      const similarity = wordSimilarity(left, right);
      const near = similarity >= threshold || repeatsAClause(left, right);
      if (near && (!best || similarity > best.similarity)) best = { right, similarity };
    }
    if (best) {
      const diff = diffWordsWithSpace(left, best.right).map(toPart);
      pairs.push({ left, right: best.right, similarity: best.similarity, diff });
    }
  }
  return pairs;
}
