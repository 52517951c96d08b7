import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import { computeAlignment } from './align';
import { compareWith } from './evaluate';
import { sketchLetter } from './letters.testing';

const earlier = sketchLetter(1, [
  {
    id: 'encryptie',
    title: 'Encryptie',
    paragraphs: [
      'Onderzoek naar een ontsleutelplicht voor verdachten die hun computer met encryptie versleutelen.',
    ],
  },
  {
    id: 'database',
    title: 'Landelijke database',
    paragraphs: [
      'De landelijke database en de ICSE-database van Interpol.',
      'Het project In-4-mation met Europol.',
    ],
  },
  {
    id: 'castratie',
    title: 'Chemische castratie',
    paragraphs: ['Libidoremmende medicatie voor zedendelinquenten.'],
  },
]);
const later = sketchLetter(2, [
  {
    id: 'encryptie',
    title: 'Encryptie',
    paragraphs: [
      'Het decryptiebevel: verdachten moeten hun met encryptie versleutelde computer toegankelijk maken.',
    ],
  },
  {
    id: 'databases',
    title: 'Databases',
    paragraphs: ['De Interpol database ICSE, de nationale database en In-4-mation.'],
  },
  {
    id: 'stop-it-now',
    title: 'Stop It Now!',
    paragraphs: ['Een hulplijn voor mensen met pedoseksuele gevoelens, met subsidie van VWS.'],
  },
  {
    id: 'hulp',
    title: 'Financiering',
    paragraphs: ['De hulplijn krijgt een startsubsidie.'],
    parentId: 'stop-it-now',
  },
]);

describe('computeAlignment', () => {
  it('pairs the sections that carry on a theme, with the paragraphs as evidence', () => {
    const alignment = computeAlignment(earlier, later);
    const pairs = alignment.pairs.map((p) => `${p.left}→${p.right}`);
    expect(pairs).toContain('encryptie→encryptie');
    expect(pairs).toContain('database→databases');
    const database = alignment.pairs.find((p) => p.left === 'database');
    expect(database?.evidence[0]).toMatchObject({ left: 'database-1', right: 'databases-1' });
  });

  it('calls an unmatched earlier section dropped and groups new sections under their heading', () => {
    const alignment = computeAlignment(earlier, later);
    const dropped = alignment.themes.filter((t) => t.status === 'dropped');
    expect(dropped.map((t) => t.left)).toEqual([['castratie']]);
    const fresh = alignment.themes.filter((t) => t.status === 'new');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ title: 'Stop It Now!', right: ['stop-it-now', 'hulp'] });
  });

  it('keeps every pair score, also those below the threshold', () => {
    const alignment = computeAlignment(earlier, later);
    expect(alignment.scores['castratie']?.['stop-it-now']).toBeGreaterThanOrEqual(0);
    expect(Object.keys(alignment.scores)).toEqual(['encryptie', 'database', 'castratie']);
    expect(alignment.rightSections).toEqual(['encryptie', 'databases', 'stop-it-now', 'hulp']);
  });

  it('finds nothing when the threshold cannot be met', () => {
    const strict = computeAlignment(earlier, later, { threshold: 1.01 });
    expect(strict.pairs).toEqual([]);
    expect(strict.themes.every((t) => t.status !== 'continued')).toBe(true);
  });
});

describe('computeAlignment on the bundled letters', () => {
  const [nr81, nr90] = loadLetters().letters;
  if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
  const compute = () => computeAlignment(nr81, nr90);

  it('finds nearly every curated pair, and few pairs the curated data lacks', () => {
    const evaluation = compareWith(compute(), curatedComparison.alignment);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.75);
  });

  it('pairs the two encryption sections and the database sections', () => {
    const computed = compute();
    const pairs = computed.pairs.map((p) => `${p.left}→${p.right}`);
    expect(pairs).toEqual(
      expect.arrayContaining(['encryptie→encryptie', 'landelijke-en-europese-database→databases']),
    );
  });

  it('sees that chemical castration was dropped and Stop It Now is new', () => {
    const computed = compute();
    const statusOf = (side: 'left' | 'right', id: string) =>
      computed.themes.find((t) => t[side].includes(id))?.status;
    expect(statusOf('left', 'chemische-castratie-libidoremmende-middelen')).toBe('dropped');
    expect(statusOf('right', 'stop-it-now')).toBe('new');
    expect(statusOf('right', 'vereniging-martijn')).toBe('new');
  });

  it('puts every section of both letters in exactly one suggested theme', () => {
    const computed = compute();
    for (const side of ['left', 'right'] as const) {
      const ids = computed.themes.flatMap((t) => t[side]);
      const letter = side === 'left' ? nr81 : nr90;
      expect([...ids].sort()).toEqual(letter.sections.map((s) => s.id).sort());
    }
  });
});
