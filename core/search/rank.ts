// Ranking within one index: BM25 over the expanded query words, scaled by how many
// of the words a document holds, by how close together they stand, and by a hint
// that the user named a letter ("april 2013"). Only the postings of the matched
// terms are visited, so the cost follows the matches, not the corpus size.
import type { Expansion } from './expand';
import { containsPhrase } from './highlight';
import type { PostingList, SearchIndex } from './index';
import type { SearchDocKind } from './documents';
import { isStopWord } from './normalize';

// BM25's usual constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
/** A heading that matches says more than a paragraph that does; a table row less. */
const KIND_WEIGHT: Record<SearchDocKind, number> = {
  section: 1.3,
  paragraph: 1,
  table: 0.9,
  note: 1.1,
};
/** A paragraph under a matching heading holds that word a little too ("Encryptie" → its paragraphs). */
const HEADING_CONTEXT = 0.3;
/** Most a paragraph gains when all matched words stand side by side. */
const PROXIMITY_BONUS = 0.5;
/** The user named this letter ("april 2013 brief …"). */
const LETTER_HINT_BOOST = 1.5;
/** How many of the best documents get the (costlier) proximity check. */
const PROXIMITY_CANDIDATES = 200;

/** Per document: its kind's weight and BM25's length normalisation, computed once per index. */
interface DocumentNorms {
  kindWeight: Float64Array;
  lengthNorm: Float64Array;
}
const normsCache = new WeakMap<SearchIndex, DocumentNorms>();

function documentNorms(index: SearchIndex): DocumentNorms {
  let norms = normsCache.get(index);
  // Stryker disable next-line ConditionalExpression: recomputing on a cache hit gives the same norms.
  if (!norms) {
    const n = index.docs.length;
    norms = { kindWeight: new Float64Array(n), lengthNorm: new Float64Array(n) };
    for (let docId = 0; docId < n; docId += 1) {
      const kind = (index.docs[docId] as { kind: SearchDocKind }).kind;
      norms.kindWeight[docId] = KIND_WEIGHT[kind];
      norms.lengthNorm[docId] =
        1 - B + (B * (index.lengths[docId] as number)) / index.averageLength[kind];
    }
    normsCache.set(index, norms);
  }
  return norms;
}

export interface RankRequest {
  /** Each free word of the query, expanded against this index's vocabulary. */
  words: Expansion[][];
  /** Phrases as normalised terms (stop words included); every one must occur. */
  phrases: string[][];
  /** Documents that may appear at all (filters), or null for all of them. */
  allowed: Uint8Array | null;
  /** Documents to leave out (exclusions). */
  excluded: ReadonlySet<number>;
  hintedLetterId?: string;
  limit: number;
}

export interface RankedDoc {
  docId: number;
  score: number;
}

function idf(index: SearchIndex, termId: number): number {
  const n = index.docs.length;
  const df = index.documentFrequency(termId);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * One rarity for all the terms a word stands for: that of the exact term, or else of
 * the commonest guess. Scored per term, a rare completion or typo neighbour
 * ("kinderpornografisch") would outrank the word the user actually typed.
 */
function wordIdf(index: SearchIndex, expansions: readonly Expansion[]): number {
  const exact = expansions.find((expansion) => expansion.match === 'exact');
  if (exact) return idf(index, exact.termId);
  return Math.min(...expansions.map((expansion) => idf(index, expansion.termId)));
}

function findDoc(list: PostingList, docId: number): number {
  let lo = 0;
  let hi = list.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = list.docs[mid] as number;
    if (value === docId) return mid;
    if (value < docId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function positionsIn(index: SearchIndex, termId: number, docId: number): Int32Array | null {
  const list = index.postings(termId);
  const k = findDoc(list, docId);
  if (k < 0) return null;
  return list.positions.subarray(list.posStart[k] as number, list.posStart[k + 1] as number);
}

/** The fewest consecutive word positions that hold one position of every list. */
function smallestWindow(lists: Int32Array[]): number {
  const cursor = new Array<number>(lists.length).fill(0);
  let best = Infinity;
  for (;;) {
    let min = Infinity;
    let max = -Infinity;
    let minList = -1;
    for (let i = 0; i < lists.length; i += 1) {
      const value = (lists[i] as Int32Array)[cursor[i] as number] as number;
      if (value < min) {
        min = value;
        minList = i;
      }
      if (value > max) max = value;
    }
    best = Math.min(best, max - min + 1);
    cursor[minList] = (cursor[minList] as number) + 1;
    if ((cursor[minList] as number) >= (lists[minList] as Int32Array).length) return best;
  }
}

/** Documents holding every non-stop word of every phrase (to be confirmed on the text). */
function phraseCandidates(index: SearchIndex, phrases: string[][]): Set<number> | null {
  const lists: Int32Array[] = [];
  for (const term of phrases.flat().filter((t) => !isStopWord(t))) {
    const termId = index.vocabulary.id(term);
    if (termId === undefined) return new Set();
    lists.push(index.postings(termId).docs);
  }
  if (lists.length === 0) return null;
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: the order only makes the intersection cheaper.
  lists.sort((a, b) => a.length - b.length);
  const others = lists.slice(1).map((list) => new Set(list));
  return new Set(
    [...(lists[0] as Int32Array)].filter((docId) => others.every((set) => set.has(docId))),
  );
}

function includesSorted(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Whether a document holds a phrase word for word. The word positions in the
 * postings settle it for the phrase's content words; only a phrase with stop words
 * (which are not indexed) is checked again on the text.
 */
function holdsPhrase(index: SearchIndex, docId: number, phrase: readonly string[]): boolean {
  const anchors: { positions: Int32Array; offset: number }[] = [];
  for (let offset = 0; offset < phrase.length; offset += 1) {
    const term = phrase[offset] as string;
    if (isStopWord(term)) continue;
    const termId = index.vocabulary.id(term);
    const positions = termId === undefined ? null : positionsIn(index, termId, docId);
    if (!positions) return false;
    anchors.push({ positions, offset });
  }
  const [first, ...rest] = anchors;
  if (first) {
    const aligned = [...first.positions].some((position) => {
      const start = position - first.offset;
      return rest.every((anchor) => includesSorted(anchor.positions, start + anchor.offset));
    });
    if (!aligned) return false;
  }
  if (anchors.length === phrase.length) return true;
  return containsPhrase((index.docs[docId] as { text: string }).text, phrase);
}

export function rank(index: SearchIndex, request: RankRequest): RankedDoc[] {
  const n = index.docs.length;
  const phraseWords: Expansion[][] = request.phrases.flatMap((phrase) =>
    phrase
      .filter((term) => !isStopWord(term))
      .map((term) => {
        const termId = index.vocabulary.id(term);
        return termId === undefined ? [] : [{ termId, term, weight: 1, match: 'exact' as const }];
      }),
  );
  const words = [...request.words, ...phraseWords];
  const freeCount = request.words.length;
  const norms = documentNorms(index);
  const { allowed } = request;

  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const touched: number[] = [];
  const bestTerms: Int32Array[] = [];
  for (const expansions of words) {
    const best = new Float64Array(n);
    const bestTerm = new Int32Array(n).fill(-1);
    const hits: number[] = [];
    const rarity = wordIdf(index, expansions);
    for (const expansion of expansions) {
      const list = index.postings(expansion.termId);
      const weight = expansion.weight * rarity;
      for (let k = 0; k < list.docs.length; k += 1) {
        const docId = list.docs[k] as number;
        if (allowed && allowed[docId] === 0) continue;
        const tf = list.tfs[k] as number;
        const norm = norms.lengthNorm[docId] as number;
        const score =
          (norms.kindWeight[docId] as number) * weight * ((tf * (K1 + 1)) / (tf + K1 * norm));
        if (score > (best[docId] as number)) {
          if (best[docId] === 0) hits.push(docId);
          best[docId] = score;
          bestTerm[docId] = expansion.termId;
        }
      }
    }
    for (const docId of hits.slice()) {
      const members = index.sectionMembers.get(docId);
      if (!members) continue;
      const lent = (HEADING_CONTEXT * (best[docId] as number)) / KIND_WEIGHT.section;
      for (const member of members) {
        if ((allowed && allowed[member] === 0) || lent <= (best[member] as number)) continue;
        if (best[member] === 0) hits.push(member);
        best[member] = lent;
      }
    }
    for (const docId of hits) {
      if (total[docId] === 0) touched.push(docId);
      total[docId] = (total[docId] as number) + (best[docId] as number);
    }
    if (bestTerms.length < freeCount)
      for (const docId of hits) matched[docId] = (matched[docId] as number) + 1;
    bestTerms.push(bestTerm);
  }

  // Stryker disable next-line ConditionalExpression,EqualityOperator: only narrows; holdsPhrase confirms each result.
  const mustHold = request.phrases.length > 0 ? phraseCandidates(index, request.phrases) : null;
  const ids = new Int32Array(touched.length);
  const scores = new Float64Array(touched.length);
  let count = 0;
  for (const docId of touched) {
    if (request.excluded.has(docId)) continue;
    if (mustHold && !mustHold.has(docId)) continue;
    const coverage = freeCount > 0 ? (matched[docId] as number) / freeCount : 1;
    let score = (total[docId] as number) * coverage * coverage;
    if (request.hintedLetterId && index.docs[docId]?.letterId === request.hintedLetterId)
      score *= LETTER_HINT_BOOST;
    ids[count] = docId;
    scores[count] = score;
    count += 1;
  }
  const wanted = Math.max(request.limit, PROXIMITY_CANDIDATES);
  // Only the best few need ordering: find the score they must reach with a native
  // numeric sort, instead of sorting thousands of objects on a large corpus. With a
  // phrase, some candidates may still fail the check on the text, so all stay.
  let threshold = -Infinity;
  if (request.phrases.length === 0 && count > wanted) {
    threshold = scores.slice(0, count).sort()[count - wanted] as number;
  }
  const scored: RankedDoc[] = [];
  for (let i = 0; i < count; i += 1) {
    if ((scores[i] as number) >= threshold)
      scored.push({ docId: ids[i] as number, score: scores[i] as number });
  }
  scored.sort((a, b) => b.score - a.score || a.docId - b.docId);

  const confirmed: RankedDoc[] = [];
  for (const candidate of scored) {
    if (request.phrases.some((phrase) => !holdsPhrase(index, candidate.docId, phrase))) continue;
    confirmed.push(candidate);
    if (confirmed.length >= wanted) break;
  }

  for (const candidate of confirmed) {
    const lists: Int32Array[] = [];
    for (const bestTerm of bestTerms) {
      const termId = bestTerm[candidate.docId] as number;
      if (termId < 0) continue;
      // The term was found in this document, so it has positions there.
      lists.push(positionsIn(index, termId, candidate.docId) as Int32Array);
    }
    if (lists.length < 2) continue;
    const slack = smallestWindow(lists) - lists.length;
    candidate.score *=
      1 + (PROXIMITY_BONUS * (lists.length - 1)) / (lists.length - 1 + Math.max(0, slack));
  }
  confirmed.sort((a, b) => b.score - a.score || a.docId - b.docId);
  return confirmed.slice(0, request.limit);
}
