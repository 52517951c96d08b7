// The sentence alignment of the bundled pair: how long it takes (it runs when the
// compare view opens) and how well it agrees with the labelled pairs.
import type { Corpus } from '../../core/corpus/model';
import { alignSentences, curatedSectionLinks } from '../../core/compare/sentence-align';
import { evaluateSentenceAlignment } from '../../core/compare/sentence-evaluate';
import { curatedComparison } from '../../data/curated/index';
import { percentile, timed } from './measure';

export interface CompareReport {
  sentenceAlignMs: number;
  precision: number;
  recall: number;
  pairs: number;
  labelled: number;
}

export function benchCompare(corpus: Corpus, runs = 7): CompareReport {
  const [left, right] = corpus.letters;
  if (!left || !right) throw new Error('the corpus must hold two letters');
  const linkedSections = curatedSectionLinks(curatedComparison.alignment, left, right);
  const align = () => alignSentences(left, right, { linkedSections });
  const times: number[] = [];
  let alignment = align();
  for (let k = 0; k < runs; k += 1) {
    const run = timed(align);
    alignment = run.value;
    times.push(run.ms);
  }
  const evaluation = evaluateSentenceAlignment(alignment, curatedComparison.sentencePairs);
  return {
    sentenceAlignMs: Math.round(percentile(times, 50)),
    precision: Math.round(evaluation.precision * 100) / 100,
    recall: Math.round(evaluation.recall * 100) / 100,
    pairs: evaluation.computed,
    labelled: evaluation.labelled,
  };
}

export function formatCompareReport(report: CompareReport): string {
  return [
    '',
    'Sentence alignment (nr. 81 → nr. 90):',
    `  time (median)  ${report.sentenceAlignMs} ms`,
    `  precision      ${report.precision} of ${report.pairs} computed pairs`,
    `  recall         ${report.recall} of ${report.labelled} labelled pairs`,
  ].join('\n');
}
