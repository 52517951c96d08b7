import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import { alignmentSpace, computeAlignment, sectionTexts } from './align';
import { compareWith } from './evaluate';
import { sketchLetter } from './letters.testing';
import { cosine } from './tfidf';

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

describe('the pairs and themes computeAlignment suggests for the bundled letters', () => {
  const [nr81, nr90] = loadLetters().letters;
  if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
  /** How many scores beat this one: 0 for the best. */
  const rank = (scores: readonly number[], score: number) => scores.filter((s) => s > score).length;
  const view = () => {
    const computed = computeAlignment(nr81, nr90);
    const score = (l: string, r: string) => computed.scores[l]?.[r] ?? 0;
    const row = (l: string) => computed.rightSections.map((r) => score(l, r));
    const column = (r: string) => computed.leftSections.map((l) => score(l, r));
    return { computed, score, row, column };
  };

  it('keeps a pair when it reaches the threshold and is among the best partners of one of its sections', () => {
    const { computed, score, row, column } = view();
    const { threshold, maxPartners } = computed.options;
    const expected = computed.leftSections.flatMap((l) =>
      computed.rightSections
        .filter((r) => {
          const s = score(l, r);
          return (
            s >= threshold && (rank(row(l), s) < maxPartners || rank(column(r), s) < maxPartners)
          );
        })
        .map((r) => `${l}→${r}`),
    );
    expect(computed.pairs.map((p) => `${p.left}→${p.right}`).sort()).toEqual(expected.sort());
    for (const pair of computed.pairs) {
      expect(pair.score).toBe(score(pair.left, pair.right));
      const best =
        rank(row(pair.left), pair.score) === 0 || rank(column(pair.right), pair.score) === 0;
      expect(pair.best).toBe(best);
    }
    const scores = computed.pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(computed.pairs.some((p) => !p.best)).toBe(true);
  });

  it('shows as evidence the best matching paragraphs of each pair, best first', () => {
    const { computed } = view();
    const space = alignmentSpace(nr81, nr90);
    const { evidenceThreshold, maxEvidence } = computed.options;
    const paragraphs = (letter: typeof nr81, sectionId: string) =>
      letter.paragraphs.filter((p) => p.sectionId === sectionId);
    for (const pair of computed.pairs) {
      const candidates = paragraphs(nr81, pair.left)
        .flatMap((l) =>
          paragraphs(nr90, pair.right).map((r) => ({
            left: l.id,
            right: r.id,
            score: cosine(space.vectorize(l.text), space.vectorize(r.text)),
          })),
        )
        .filter((c) => c.score >= evidenceThreshold)
        .sort((a, b) => b.score - a.score);
      expect(pair.evidence).toEqual(candidates.slice(0, maxEvidence));
    }
    expect(computed.pairs.some((p) => p.evidence.length === maxEvidence)).toBe(true);
  });

  it('names a continued theme after its strongest pair and lists its sections in reading order', () => {
    const { computed } = view();
    const order = (ids: readonly string[], all: readonly string[]) =>
      [...ids].sort((a, b) => all.indexOf(a) - all.indexOf(b));
    const continued = computed.themes.filter((t) => t.status === 'continued');
    expect(continued.length).toBeGreaterThan(5);
    for (const theme of continued) {
      const strongest = theme.pairs[0];
      expect(strongest?.score).toBe(Math.max(...theme.pairs.map((p) => p.score)));
      expect(theme.score).toBe(strongest?.score);
      expect(theme.id).toBe(`doorlopend-${strongest?.left}`);
      expect(theme.title).toBe(nr81.sections.find((s) => s.id === strongest?.left)?.title);
      expect(theme.left).toEqual(order(theme.left, computed.leftSections));
      expect(theme.right).toEqual(order(theme.right, computed.rightSections));
      expect(new Set(theme.left)).toEqual(new Set(theme.pairs.map((p) => p.left)));
      expect(new Set(theme.right)).toEqual(new Set(theme.pairs.map((p) => p.right)));
    }
  });

  it('builds themes from best pairs; a weaker pair joins only a theme that holds both its sections', () => {
    const { computed } = view();
    const themeOf = (side: 'left' | 'right', id: string) =>
      computed.themes.find((t) => t[side].includes(id));
    for (const pair of computed.pairs) {
      const holding = computed.themes.filter((t) => t.pairs.includes(pair));
      const together = themeOf('left', pair.left) === themeOf('right', pair.right);
      expect(holding).toHaveLength(pair.best || together ? 1 : 0);
    }
  });

  it('gives a new or dropped theme the best score its sections reached, under their unmatched heading', () => {
    const { computed, row, column } = view();
    const unmatched = computed.themes.filter((t) => t.status !== 'continued');
    expect(unmatched.some((t) => t.score > 0)).toBe(true);
    for (const theme of unmatched) {
      const dropped = theme.status === 'dropped';
      const letter = dropped ? nr81 : nr90;
      const ids = dropped ? theme.left : theme.right;
      expect(dropped ? theme.right : theme.left).toEqual([]);
      const best = ids.map((id) => Math.max(0, ...(dropped ? row(id) : column(id))));
      expect(theme.score).toBe(Math.max(...best));
      const head = letter.sections.find((s) => s.id === ids[0]);
      expect(theme.id).toBe(`${dropped ? 'vervallen' : 'nieuw'}-${head?.id}`);
      expect(theme.title).toBe(head?.title);
    }
  });
});

describe('sectionTexts', () => {
  it('reads a printed heading as part of its section, and not the label of an untitled opening', () => {
    const letter = sketchLetter(1, [
      { id: 'opening', title: 'Opening', paragraphs: ['Hierbij bericht ik u.'] },
      { id: 'encryptie', title: 'Encryptie', paragraphs: ['Het decryptiebevel.', 'Meer.'] },
    ]);
    const untitled = {
      ...letter,
      sections: letter.sections.map((s) => (s.id === 'opening' ? { ...s, printed: false } : s)),
    };
    expect(sectionTexts(untitled)).toEqual([
      '\nHierbij bericht ik u.',
      'Encryptie\nHet decryptiebevel.\nMeer.',
    ]);
  });
});
