// Measures a search engine against the relevance set (relevance.json): for each
// query, is the expected paragraph among the first results? Used by the tests and
// by the benchmark, which scores plain fuse.js the same way as a baseline.
import type { Corpus } from '../corpus/model';

export interface RelevanceCase {
  category: string;
  query: string;
  /** The letter id. */
  letter: string;
  /** A piece of the expected paragraph's text that no other paragraph of the letter has. */
  contains: string;
}

/** What a result must tell for scoring: the paragraph it opens. */
export interface OpenedParagraph {
  letterId: string;
  paragraphId: string;
}

export interface RelevanceOutcome {
  case: RelevanceCase;
  paragraphId: string;
  /** 1-based rank of the expected paragraph, or null when it is not in the results. */
  rank: number | null;
}

export interface RelevanceReport {
  /** Share of queries with the expected paragraph in the top `depth` results. */
  hitRate: number;
  depth: number;
  outcomes: RelevanceOutcome[];
  byCategory: Record<string, { hits: number; total: number }>;
}

/** The paragraph a case means; throws when its text piece is missing or not unique. */
export function expectedParagraph(corpus: Corpus, relevanceCase: RelevanceCase): string {
  const letter = corpus.letters.find((candidate) => candidate.id === relevanceCase.letter);
  if (!letter)
    throw new Error(
      `Relevance case "${relevanceCase.query}": unknown letter ${relevanceCase.letter}`,
    );
  const found = letter.paragraphs.filter((paragraph) =>
    paragraph.text.includes(relevanceCase.contains),
  );
  if (found.length !== 1) {
    throw new Error(
      `Relevance case "${relevanceCase.query}": "${relevanceCase.contains}" is in ${found.length} paragraphs of ${letter.id}, not exactly 1`,
    );
  }
  return (found[0] as { id: string }).id;
}

/** Scores `engine` (query → results, best first) on the cases. */
export function evaluateRelevance(
  corpus: Corpus,
  cases: readonly RelevanceCase[],
  engine: (query: string) => readonly OpenedParagraph[],
  depth = 3,
): RelevanceReport {
  const outcomes = cases.map((relevanceCase) => {
    const paragraphId = expectedParagraph(corpus, relevanceCase);
    const results = engine(relevanceCase.query);
    const index = results.findIndex(
      (result) => result.letterId === relevanceCase.letter && result.paragraphId === paragraphId,
    );
    return { case: relevanceCase, paragraphId, rank: index < 0 ? null : index + 1 };
  });
  const byCategory: Record<string, { hits: number; total: number }> = {};
  for (const outcome of outcomes) {
    const tally = (byCategory[outcome.case.category] ??= { hits: 0, total: 0 });
    tally.total += 1;
    if (outcome.rank !== null && outcome.rank <= depth) tally.hits += 1;
  }
  const hits = outcomes.filter((outcome) => outcome.rank !== null && outcome.rank <= depth).length;
  return { hitRate: cases.length > 0 ? hits / cases.length : 0, depth, outcomes, byCategory };
}
