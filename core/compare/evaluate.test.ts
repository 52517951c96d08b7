import { describe, expect, it } from 'vitest';
import type { ComputedAlignment, SectionPair } from './align';
import { DEFAULT_ALIGNMENT_OPTIONS } from './align';
import type { CuratedAlignment } from './curated-model';
import { compareWith } from './evaluate';

const pair = (left: string, right: string, score: number): SectionPair => ({
  left,
  right,
  score,
  best: true,
  evidence: [],
});

const curated: CuratedAlignment = {
  leftLetterId: 'kst-31015-81',
  rightLetterId: 'kst-31015-90',
  shared: [],
  themes: [
    {
      id: 'organisatie',
      title: 'Organisatie',
      status: 'continued',
      left: ['inrichting', 'capaciteit'],
      right: ['prestaties', 'afspraken'],
      reason: 'Zelfde onderwerp in beide brieven.',
      links: [
        { left: 'inrichting', right: 'prestaties', reason: 'Zelfde onderwerp.' },
        { left: 'inrichting', right: 'afspraken', reason: 'Zelfde onderwerp.' },
      ],
    },
    {
      id: 'encryptie',
      title: 'Encryptie',
      status: 'continued',
      left: ['encryptie'],
      right: ['encryptie'],
      reason: 'Zelfde kop in beide.',
      links: [{ left: 'encryptie', right: 'encryptie', reason: 'Zelfde kop.' }],
    },
    {
      id: 'castratie',
      title: 'Castratie',
      status: 'dropped',
      left: ['castratie'],
      right: [],
      reason: 'Niet meer genoemd.',
      links: [],
    },
  ],
};

const computed: ComputedAlignment = {
  leftLetterId: 'kst-31015-81',
  rightLetterId: 'kst-31015-90',
  options: DEFAULT_ALIGNMENT_OPTIONS,
  leftSections: ['inrichting', 'capaciteit', 'encryptie', 'castratie'],
  rightSections: ['prestaties', 'afspraken', 'encryptie'],
  scores: {
    inrichting: { prestaties: 0.3, afspraken: 0.05, encryptie: 0 },
    capaciteit: { prestaties: 0.2, afspraken: 0, encryptie: 0 },
    encryptie: { prestaties: 0, afspraken: 0, encryptie: 0.4 },
    castratie: { prestaties: 0, afspraken: 0, encryptie: 0.15 },
  },
  pairs: [
    pair('encryptie', 'encryptie', 0.4),
    pair('inrichting', 'prestaties', 0.3),
    pair('capaciteit', 'prestaties', 0.2),
    pair('castratie', 'encryptie', 0.15),
  ],
  themes: [],
};

describe('compareWith', () => {
  const evaluate = () => compareWith(computed, curated);

  it('counts the curated pairs the computation found and missed', () => {
    const evaluation = evaluate();
    expect(evaluation.curatedPairs).toBe(3);
    expect(evaluation.found.map((p) => `${p.left}→${p.right}`)).toEqual([
      'inrichting→prestaties',
      'encryptie→encryptie',
    ]);
    expect(evaluation.missed).toEqual([{ left: 'inrichting', right: 'afspraken', score: 0.05 }]);
    expect(evaluation.recall).toBeCloseTo(2 / 3);
  });

  it('tells a computed pair inside a curated theme from one across themes', () => {
    const evaluation = evaluate();
    expect(evaluation.extra).toEqual([
      { left: 'capaciteit', right: 'prestaties', score: 0.2, sameTheme: true },
      { left: 'castratie', right: 'encryptie', score: 0.15, sameTheme: false },
    ]);
    expect(evaluation.precision).toBeCloseTo(2 / 4);
    expect(evaluation.themePrecision).toBeCloseTo(3 / 4);
  });

  it('lists the sections whose continued-or-not verdict differs', () => {
    const evaluation = evaluate();
    expect(evaluation.disagreements).toEqual([
      { side: 'left', sectionId: 'capaciteit', curated: false, computed: true },
      { side: 'left', sectionId: 'castratie', curated: false, computed: true },
      { side: 'right', sectionId: 'afspraken', curated: true, computed: false },
    ]);
    expect(evaluation.sectionAgreement).toBeCloseTo(4 / 7);
  });

  it('scores a computation that pairs nothing as finding nothing', () => {
    const empty = compareWith({ ...computed, pairs: [], scores: {} }, curated);
    expect(empty).toMatchObject({ computedPairs: 0, recall: 0, precision: 0, themePrecision: 0 });
    expect(empty.missed).toContainEqual({ left: 'encryptie', right: 'encryptie', score: 0 });
    expect(empty.sectionAgreement).toBeCloseTo(2 / 7);
  });

  it('gives defined ratios, not NaN, when there is nothing to compare', () => {
    const none = compareWith(
      { ...computed, pairs: [], leftSections: [], rightSections: [] },
      { ...curated, themes: [] },
    );
    expect(none).toMatchObject({ recall: 0, sectionAgreement: 0, disagreements: [] });
  });
});
