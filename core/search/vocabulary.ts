// The vocabulary of an index: every distinct normalised term, sorted, with the
// lookups a query term needs — exact, prefix, infix and fuzzy. Fuzzy matching runs
// fuse.js over the vocabulary, never over the documents: the vocabulary grows far
// slower than the text (Heaps' law), which is what keeps a query fast on a large
// corpus. A trigram index picks the few hundred plausible terms first, so fuse.js
// scores a short list instead of the whole vocabulary.
import Fuse from 'fuse.js';

/** A vocabulary term a query term may stand for, with how far off it is. */
export interface TermMatch {
  id: number;
  /** Edits fuse.js needed (0 for exact, prefix and infix matches). */
  errors: number;
}

/** How many candidate terms fuse.js scores at most per query term. */
const FUZZY_CANDIDATES = 200;
/** How many fuzzy lookups are remembered. */
const RECENT_FUZZY = 500;

function trigrams(text: string): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i += 1) grams.add(text.slice(i, i + 3));
  return [...grams];
}

/** Trigrams of a word with its boundaries marked, so the start and end of a word count too. */
function paddedTrigrams(term: string): string[] {
  return trigrams(`^${term}$`);
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly grams = new Map<string, Int32Array>();
  private readonly counts: Int32Array;
  private readonly recentFuzzy = new Map<string, TermMatch[]>();

  /** `terms` must be sorted (code-unit order) and unique. */
  constructor(readonly terms: readonly string[]) {
    const lists = new Map<string, number[]>();
    terms.forEach((term, id) => {
      this.ids.set(term, id);
      for (const gram of paddedTrigrams(term)) {
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        list.push(id);
      }
    });
    for (const [gram, list] of lists) this.grams.set(gram, Int32Array.from(list));
    this.counts = new Int32Array(terms.length);
  }

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Ids of the terms that start with `prefix` (the term itself included), at most `limit`. */
  withPrefix(prefix: string, limit = Infinity): number[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let id = lo; id < this.terms.length && found.length < limit; id += 1) {
      if (!(this.terms[id] as string).startsWith(prefix)) break;
      found.push(id);
    }
    return found;
  }

  /** Ids of the terms that contain `fragment` somewhere after their first letter. */
  containing(fragment: string): number[] {
    const grams = trigrams(fragment)
      .map((gram) => this.grams.get(gram))
      // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator,LogicalOperator,OptionalChaining: any of the fragment's lists holds every answer; the shortest is only the cheapest to scan.
      .sort((a, b) => (a?.length ?? 0) - (b?.length ?? 0));
    const rarest = grams[0];
    if (!rarest || grams.some((list) => list === undefined)) return [];
    const found: number[] = [];
    for (const id of rarest) {
      const term = this.terms[id] as string;
      if (term.includes(fragment, 1)) found.push(id);
    }
    return found;
  }

  /**
   * Terms within `maxEdits` typing errors of `term` (insertions, deletions, swaps),
   * as fuse.js judges them. A term that shares too few trigrams with the query term
   * cannot be that close, so only the best-sharing candidates reach fuse.js.
   */
  fuzzy(term: string, maxEdits: number): TermMatch[] {
    if (maxEdits <= 0) return [];
    const key = `${maxEdits}:${term}`;
    let matches = this.recentFuzzy.get(key);
    // Stryker disable next-line ConditionalExpression: a cache miss computes the same matches.
    if (!matches) {
      matches = this.fuzzyUncached(term, maxEdits);
      // Search-as-you-type asks for the same words again and again.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: evicting sooner or later only costs time.
      if (this.recentFuzzy.size >= RECENT_FUZZY)
        this.recentFuzzy.delete(this.recentFuzzy.keys().next().value as string);
      this.recentFuzzy.set(key, matches);
    }
    return matches;
  }

  private fuzzyUncached(term: string, maxEdits: number): TermMatch[] {
    const queryGrams = paddedTrigrams(term);
    const needed = Math.max(1, queryGrams.length - 3 * maxEdits);
    const touched: number[] = [];
    for (const gram of queryGrams) {
      const list = this.grams.get(gram);
      if (!list) continue;
      for (const id of list) {
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id] = (this.counts[id] as number) + 1;
      }
    }
    const candidates = touched.filter((id) => (this.counts[id] as number) >= needed);
    candidates.sort((a, b) => (this.counts[b] as number) - (this.counts[a] as number));
    for (const id of touched) this.counts[id] = 0;
    if (candidates.length === 0) return this.transposed(term);

    const shortlist = candidates.slice(0, FUZZY_CANDIDATES);
    const fuse = new Fuse(
      shortlist.map((id) => this.terms[id] as string),
      {
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        isCaseSensitive: true,
        shouldSort: false,
        // fuse.js scores a match as errors / pattern length; allow a little slack
        // so a match with exactly `maxEdits` errors is not cut off by rounding.
        threshold: Math.min(0.6, (maxEdits + 0.5) / term.length),
      },
    );
    const matches: TermMatch[] = this.transposed(term);
    for (const result of fuse.search(term)) {
      const errors = Math.round((result.score ?? 1) * term.length);
      const id = shortlist[result.refIndex] as number;
      if (errors > maxEdits || matches.some((match) => match.id === id)) continue;
      matches.push({ id, errors });
    }
    return matches;
  }

  /**
   * Terms that differ by two swapped neighbouring letters ("strat" → "start"): the
   * commonest typing error, which fuse.js's bitap counts as two errors.
   */
  private transposed(term: string): TermMatch[] {
    const matches: TermMatch[] = [];
    for (let i = 0; i + 1 < term.length; i += 1) {
      if (term[i] === term[i + 1]) continue;
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      const id = this.ids.get(swapped);
      // Swaps at different places give different words, so no match comes twice.
      if (id !== undefined) matches.push({ id, errors: 1 });
    }
    return matches;
  }
}
