// How well the computed sentence alignment agrees with the labelled pairs:
// precision (computed pairs that are labelled pairs) and recall (labelled pairs
// the aligner finds). A computed pair matches a label when it shares a sentence
// with the label on both sides.
//
// Exported API: evaluateSentenceAlignment(alignment, labels): SentenceEvaluation
import type { SentencePairLabel, SentencePairs } from './curated-model';
import type { MatchSide, SentenceAlignment, SentenceMatch } from './sentence-align';

export interface SentenceEvaluation {
  labelled: number;
  computed: number;
  /** Labels the aligner found. */
  found: SentencePairLabel[];
  missed: SentencePairLabel[];
  /** Computed pairs no label covers; `nonPair` when a label says they must not pair. */
  extra: { left: string[]; right: string[]; nonPair: boolean }[];
  precision: number;
  recall: number;
}

type Pair = SentenceMatch & { left: MatchSide; right: MatchSide };

const isPair = (match: SentenceMatch): match is Pair => match.left !== null && match.right !== null;

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((id) => b.includes(id));

function covers(label: SentencePairLabel, match: Pair): boolean {
  return (
    overlaps(label.left, match.left.sentenceIds) && overlaps(label.right, match.right.sentenceIds)
  );
}

export function evaluateSentenceAlignment(
  alignment: SentenceAlignment,
  labels: SentencePairs,
): SentenceEvaluation {
  const pairs = alignment.matches.filter(isPair);
  const found = labels.pairs.filter((label) => pairs.some((match) => covers(label, match)));
  const missed = labels.pairs.filter((label) => !found.includes(label));
  const extra = pairs
    .filter((match) => !labels.pairs.some((label) => covers(label, match)))
    .map((match) => {
      const left = match.left.sentenceIds;
      const right = match.right.sentenceIds;
      const nonPair = labels.nonPairs.some((n) => left.includes(n.left) && right.includes(n.right));
      return { left, right, nonPair };
    });
  const correct = pairs.length - extra.length;
  return {
    labelled: labels.pairs.length,
    computed: pairs.length,
    found,
    missed,
    extra,
    precision: pairs.length === 0 ? 1 : correct / pairs.length,
    recall: labels.pairs.length === 0 ? 1 : found.length / labels.pairs.length,
  };
}
