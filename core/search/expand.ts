// From what the user typed to the terms of the letters: each query word becomes a
// weighted set of vocabulary terms (exact, prefix, inside a compound, or fuzzy), and
// words typed apart or together are rejoined or split when the vocabulary says so.
import { isNumericTerm, isStopWord } from './normalize';
import type { QueryWord } from './query';
import type { Vocabulary } from './vocabulary';

export type MatchKind = 'exact' | 'prefix' | 'infix' | 'fuzzy';

export interface Expansion {
  termId: number;
  term: string;
  /** 1 for an exact match; less the further the term is from what was typed. */
  weight: number;
  match: MatchKind;
}

// Weights: an exact word always outranks any guess at what the user meant. A
// completion ("verbeter" → "verbetertrajecten") is a likely intent; a word inside a
// compound ("toerisme" → "kindersekstoerisme") less so; a typo correction is scaled
// by how many letters were wrong.
const PREFIX_WEIGHT = 0.8;
const INFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.85;
/** Shorter words match too much of the vocabulary to guess completions or typos. */
const MIN_PREFIX_LENGTH = 4;
const MIN_INFIX_LENGTH = 5;
const MIN_FUZZY_LENGTH = 5;
/** Bounds on how many terms one query word may stand for. */
const MAX_PREFIX_TERMS = 100;
const MAX_EXPLICIT_PREFIX_TERMS = 100;
const MAX_INFIX_TERMS = 100;
/**
 * The guesses kept per word, best first. In a large corpus a common word starts or
 * sits inside hundreds of compounds; the weakest add almost nothing to the ranking
 * but cost a walk through their postings each.
 */
const MAX_GUESSES = 48;
const MIN_GUESS_WEIGHT = 0.3;

/** Typing errors tolerated: one in a short word, two in a long one. */
export function maxEdits(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  return length <= 8 ? 1 : 2;
}

function lengthRatio(a: number, b: number): number {
  return Math.sqrt(Math.min(a, b) / Math.max(a, b));
}

/**
 * The vocabulary terms one word stands for, best first. `frequency` (documents per
 * term) picks the commonest completions when `word*` has more than can be used.
 */
export function expandWord(
  vocabulary: Vocabulary,
  word: QueryWord,
  frequency: (termId: number) => number = () => 0,
): Expansion[] {
  const { term } = word;
  const found = new Map<number, Expansion>();
  // Added best kind first (exact, prefix, infix, fuzzy): a term keeps its first, best match.
  const add = (termId: number, weight: number, match: MatchKind) => {
    if (!found.has(termId)) {
      found.set(termId, { termId, term: vocabulary.terms[termId] as string, weight, match });
    }
  };
  const exact = vocabulary.id(term);
  if (exact !== undefined) add(exact, 1, 'exact');

  if (word.prefix) {
    const completions = vocabulary.withPrefix(term);
    if (completions.length > MAX_EXPLICIT_PREFIX_TERMS)
      completions.sort((a, b) => frequency(b) - frequency(a));
    for (const id of completions.slice(0, MAX_EXPLICIT_PREFIX_TERMS)) add(id, 1, 'prefix');
    return [...found.values()];
  }
  if (isNumericTerm(term)) return [...found.values()];

  if (term.length >= MIN_PREFIX_LENGTH) {
    for (const id of vocabulary.withPrefix(term, MAX_PREFIX_TERMS)) {
      const candidate = vocabulary.terms[id] as string;
      add(id, PREFIX_WEIGHT * lengthRatio(term.length, candidate.length), 'prefix');
    }
  }
  if (term.length >= MIN_INFIX_LENGTH) {
    for (const id of vocabulary.containing(term).slice(0, MAX_INFIX_TERMS)) {
      const candidate = vocabulary.terms[id] as string;
      add(id, INFIX_WEIGHT * lengthRatio(term.length, candidate.length), 'infix');
    }
  }
  // A word the letters contain is taken as meant: no typo guesses for it.
  const typos = exact === undefined ? vocabulary.fuzzy(term, maxEdits(term.length)) : [];
  for (const { id, errors } of typos) {
    const candidate = vocabulary.terms[id] as string;
    const accuracy = 1 - errors / term.length;
    add(
      id,
      FUZZY_WEIGHT * accuracy * accuracy * lengthRatio(term.length, candidate.length),
      'fuzzy',
    );
  }
  return [...found.values()]
    .filter((expansion) => expansion.weight >= MIN_GUESS_WEIGHT)
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
    .slice(0, MAX_GUESSES + (exact === undefined ? 0 : 1));
}

function knows(vocabularies: readonly Vocabulary[], term: string): boolean {
  return vocabularies.some((vocabulary) => vocabulary.id(term) !== undefined);
}

function completes(vocabularies: readonly Vocabulary[], term: string): boolean {
  return vocabularies.some((vocabulary) => vocabulary.withPrefix(term, 1).length > 0);
}

/** Two vocabulary words that make up `term` ("kinderpornoservers" → "kinderporno" + "servers"). */
function splitCompound(vocabularies: readonly Vocabulary[], term: string): [string, string] | null {
  let best: [string, string] | null = null;
  let bestShortest = 0;
  for (let cut = 3; cut <= term.length - 3; cut += 1) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    // Dutch joins compound parts with a linking s ("opsporingsdienst").
    const heads = head.endsWith('s') ? [head, head.slice(0, -1)] : [head];
    for (const h of heads) {
      // Stop words are in no vocabulary, so neither part is ever one.
      if (h.length < 3 || !knows(vocabularies, h) || !knows(vocabularies, tail)) continue;
      const shortest = Math.min(h.length, tail.length);
      if (shortest > bestShortest) {
        best = [h, tail];
        bestShortest = shortest;
      }
    }
  }
  return best;
}

/**
 * Rewrites the typed words to what the letters contain: a hyphenated word or a number
 * with group spaces stays whole when the letters know it whole, else falls apart; two
 * words the letters write as one compound ("ontsleutel plicht", "kinderporno grafie")
 * are joined; an unknown compound of two known words is split.
 */
export function reconcileWords(
  vocabularies: readonly Vocabulary[],
  words: readonly QueryWord[],
): QueryWord[] {
  const whole: QueryWord[] = [];
  for (const word of words) {
    if (
      word.parts &&
      !word.prefix &&
      !knows(vocabularies, word.term) &&
      !completes(vocabularies, word.term)
    ) {
      for (const part of word.parts) {
        if (!isStopWord(part)) whole.push({ text: part, term: part, prefix: false });
      }
    } else {
      whole.push(word);
    }
  }

  const joined: QueryWord[] = [];
  for (let i = 0; i < whole.length; i += 1) {
    const word = whole[i] as QueryWord;
    const next = whole[i + 1];
    if (next && !word.prefix && !isNumericTerm(word.term) && !isNumericTerm(next.term)) {
      const compound = word.term + next.term;
      const partsKnown = knows(vocabularies, word.term) && knows(vocabularies, next.term);
      if (!partsKnown && (knows(vocabularies, compound) || completes(vocabularies, compound))) {
        joined.push({ text: `${word.text} ${next.text}`, term: compound, prefix: next.prefix });
        i += 1;
        continue;
      }
    }
    joined.push(word);
  }

  return joined.flatMap((word) => {
    // A word the letters know also completes to itself.
    if (word.prefix || isNumericTerm(word.term) || completes(vocabularies, word.term))
      return [word];
    if (
      vocabularies.some(
        (vocabulary) => vocabulary.fuzzy(word.term, maxEdits(word.term.length)).length > 0,
      )
    ) {
      return [word];
    }
    const split = splitCompound(vocabularies, word.term);
    if (!split) return [word];
    return split.map((part) => ({ text: part, term: part, prefix: false }));
  });
}
