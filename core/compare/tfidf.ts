// TF-IDF vectors and cosine similarity over the letters' sections. IDF comes from
// the sections of both letters together, so a word every section uses
// ("kinderpornografie") weighs little and a word two sections share alone
// ("ontsleutelplicht", "ICSE") weighs much.
import { compoundParts, contentTerms } from './analyze';

export interface TermVector {
  weights: ReadonlyMap<string, number>;
  norm: number;
}

export interface VectorSpace {
  /** How many of the documents use the term (or a compound built on it). */
  documentFrequency(term: string): number;
  /** Inverse document frequency per term: at least 1, and highest for unseen terms. */
  idf(term: string): number;
  vectorize(text: string): TermVector;
}

/** A compound's parts count for half: they are evidence, not the word itself. */
const COMPOUND_PART_WEIGHT = 0.5;

function termCounts(text: string, vocabulary: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const { term } of contentTerms(text)) {
    add(term, 1);
    for (const part of compoundParts(term, vocabulary)) add(part, COMPOUND_PART_WEIGHT);
  }
  return counts;
}

/** Builds the space from the documents that define term rarity (here: every section of both letters). */
export function buildVectorSpace(documents: readonly string[]): VectorSpace {
  // The words compounds are split against (compoundParts takes only words, and long enough ones).
  const vocabulary = new Set<string>();
  for (const text of documents) for (const { term } of contentTerms(text)) vocabulary.add(term);
  const documentFrequency = new Map<string, number>();
  for (const text of documents) {
    for (const term of termCounts(text, vocabulary).keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const n = documents.length;
  const frequency = (term: string) => documentFrequency.get(term) ?? 0;
  const idf = (term: string) => Math.log((n + 1) / (frequency(term) + 1)) + 1;
  return {
    documentFrequency: frequency,
    idf,
    vectorize(text) {
      const weights = new Map<string, number>();
      let sumOfSquares = 0;
      for (const [term, count] of termCounts(text, vocabulary)) {
        // Positive: idf is at least 1 and a count at least a compound part's half.
        const weight = (1 + Math.log(count)) * idf(term);
        weights.set(term, weight);
        sumOfSquares += weight * weight;
      }
      return { weights, norm: Math.sqrt(sumOfSquares) };
    },
  };
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const [term, weight] of a.weights) dot += weight * (b.weights.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}
