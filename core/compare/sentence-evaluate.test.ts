import { describe, expect, it } from 'vitest';
import type { SentencePairs } from './curated-model';
import type { MatchSide, SentenceAlignment, SentenceMatch } from './sentence-align';
import { evaluateSentenceAlignment } from './sentence-evaluate';

const side = (...sentenceIds: string[]): MatchSide => ({
  paragraphId: sentenceIds[0]?.split('#')[0] ?? '',
  text: sentenceIds.join(' '),
  sentenceIds,
  start: 0,
  end: 1,
});
const pair = (left: string[], right: string[]): SentenceMatch => ({
  status: 'changed',
  left: side(...left),
  right: side(...right),
  similarity: 0.5,
});
const alignment = (...matches: SentenceMatch[]): SentenceAlignment => ({
  leftLetterId: 'kst-31015-81',
  rightLetterId: 'kst-31015-90',
  matches,
});

const labels: SentencePairs = {
  leftLetterId: 'kst-31015-81',
  rightLetterId: 'kst-31015-90',
  pairs: [
    { left: ['encryptie-3#5'], right: ['encryptie-1#4'], status: 'changed', reason: 'Zelfde.' },
    {
      left: ['opening-2#1'],
      right: ['opening-1#1', 'opening-1#2'],
      status: 'changed',
      reason: 'Samen.',
    },
    { left: ['database-1#1'], right: ['databases-1#1'], status: 'same', reason: 'Gelijk.' },
  ],
  nonPairs: [
    { left: 'pilot-1#1', right: 'meldingen-1#1', reason: 'Lijkt alleen zo.' },
    { left: 'pilot-2#1', right: 'meldingen-2#1', reason: 'Ander onderwerp.' },
  ],
};

describe('evaluateSentenceAlignment', () => {
  const evaluate = () =>
    evaluateSentenceAlignment(
      alignment(
        pair(['encryptie-3#5'], ['encryptie-1#4']),
        // Sharing one sentence of a label on each side is enough to count as that label.
        pair(['opening-2#1'], ['opening-1#2', 'opening-1#3']),
        pair(['pilot-1#1'], ['meldingen-1#1']),
        pair(['castratie-1#1'], ['stop-it-now-1#1']),
        { status: 'dropped', left: side('database-1#1'), right: null },
        { status: 'new', left: null, right: side('databases-1#1') },
      ),
      labels,
    );

  it('counts only pairs, not new or dropped sentences, as computed', () => {
    const evaluation = evaluate();
    expect(evaluation.labelled).toBe(3);
    expect(evaluation.computed).toBe(4);
  });

  it('finds a label when a pair shares a sentence with it on both sides', () => {
    const evaluation = evaluate();
    expect(evaluation.found.map((label) => label.left)).toEqual([
      ['encryptie-3#5'],
      ['opening-2#1'],
    ]);
  });

  it('misses a label whose sentences the aligner left new and dropped', () => {
    const evaluation = evaluate();
    expect(evaluation.missed.map((label) => label.left)).toEqual([['database-1#1']]);
    expect(evaluation.recall).toBeCloseTo(2 / 3);
  });

  it('lists pairs no label covers, and tells those a label forbids', () => {
    const evaluation = evaluate();
    expect(evaluation.extra).toEqual([
      { left: ['pilot-1#1'], right: ['meldingen-1#1'], nonPair: true },
      { left: ['castratie-1#1'], right: ['stop-it-now-1#1'], nonPair: false },
    ]);
    expect(evaluation.precision).toBeCloseTo(2 / 4);
  });

  it('does not count a pair that shares a sentence with a label on one side only', () => {
    const oneSided = evaluateSentenceAlignment(
      alignment(
        pair(['encryptie-3#5'], ['encryptie-1#5']),
        pair(['encryptie-3#6'], ['encryptie-1#4']),
      ),
      labels,
    );
    expect(oneSided.found).toEqual([]);
    expect(oneSided.precision).toBe(0);
    expect(oneSided.extra.every((extra) => !extra.nonPair)).toBe(true);
  });

  it('calls a pair forbidden only when both its sentences are the labelled non-pair', () => {
    const nearMiss = evaluateSentenceAlignment(
      alignment(pair(['pilot-1#1'], ['meldingen-1#2']), pair(['pilot-1#2'], ['meldingen-1#1'])),
      labels,
    );
    expect(nearMiss.extra.map((extra) => extra.nonPair)).toEqual([false, false]);
  });

  it('scores an empty alignment as precise but finding nothing, and no labels as nothing missed', () => {
    const empty = evaluateSentenceAlignment(alignment(), labels);
    expect(empty).toMatchObject({ computed: 0, precision: 1, recall: 0 });
    const unlabelled = evaluateSentenceAlignment(
      alignment(pair(['encryptie-3#5'], ['encryptie-1#4'])),
      { ...labels, pairs: [], nonPairs: [] },
    );
    expect(unlabelled).toMatchObject({ labelled: 0, recall: 1, precision: 0 });
  });
});
