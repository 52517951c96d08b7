import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import {
  alignSentences,
  curatedSectionLinks,
  DEFAULT_SENTENCE_ALIGN_OPTIONS,
  matchesInSections,
} from './sentence-align';
import type { SentenceAlignOptions } from './sentence-align';
import { evaluateSentenceAlignment } from './sentence-evaluate';
import { letterSentences } from './sentences';
import { sketchLetter } from './letters.testing';

const [nr81, nr90] = loadLetters().letters;
if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');
const labels = curatedComparison.sentencePairs;

/** The floor the aligner must keep on the labelled pairs; raise them when it improves. */
const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.65;

describe('the labelled sentence pairs of nr. 81 and nr. 90', () => {
  it('name sentences that exist', () => {
    const left = new Set(letterSentences(nr81).map((s) => s.id));
    const right = new Set(letterSentences(nr90).map((s) => s.id));
    const unknown = [
      ...labels.pairs.flatMap((p) => p.left.filter((id) => !left.has(id))),
      ...labels.pairs.flatMap((p) => p.right.filter((id) => !right.has(id))),
      ...labels.nonPairs.filter((p) => !left.has(p.left)).map((p) => p.left),
      ...labels.nonPairs.filter((p) => !right.has(p.right)).map((p) => p.right),
    ];
    expect(unknown).toEqual([]);
  });
});

describe('curatedSectionLinks', () => {
  it('links the sections of the curated themes, and none for other letters', () => {
    const links = curatedSectionLinks(curatedComparison.alignment, nr81, nr90);
    expect(links).toContainEqual({ left: 'encryptie', right: 'encryptie' });
    expect(curatedSectionLinks(curatedComparison.alignment, nr81, nr81)).toEqual([]);
    expect(curatedSectionLinks(curatedComparison.alignment, nr90, nr90)).toEqual([]);
  });
});

describe('alignSentences on nr. 81 and nr. 90', () => {
  const align = () =>
    alignSentences(nr81, nr90, {
      linkedSections: curatedSectionLinks(curatedComparison.alignment, nr81, nr90),
    });

  it('reaches its precision and recall on the labelled pairs', () => {
    const alignment = align();
    const evaluation = evaluateSentenceAlignment(alignment, labels);
    console.info(
      `sentence alignment: precision ${evaluation.precision.toFixed(2)} (${evaluation.computed - evaluation.extra.length}/${evaluation.computed}), ` +
        `recall ${evaluation.recall.toFixed(2)} (${evaluation.found.length}/${evaluation.labelled})`,
    );
    expect(evaluation.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(evaluation.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    for (const extra of evaluation.extra)
      console.info(
        `  extra: ${extra.left.join('+')} ↔ ${extra.right.join('+')}${extra.nonPair ? ' (labelled: no pair)' : ''}`,
      );
    for (const missed of evaluation.missed)
      console.info(`  missed: ${missed.left.join('+')} ↔ ${missed.right.join('+')}`);
  });

  it('accounts for every sentence of both letters exactly once', () => {
    const alignment = align();
    const count = (side: 'left' | 'right') =>
      alignment.matches.flatMap((m) => m[side]?.sentenceIds ?? []).sort();
    expect(count('left')).toEqual(
      letterSentences(nr81)
        .map((s) => s.id)
        .sort(),
    );
    expect(count('right')).toEqual(
      letterSentences(nr90)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('pairs a restated sentence as changed, with its score, and marks the sign-off the same', () => {
    const alignment = align();
    const priority = alignment.matches.find((m) =>
      m.left?.text.startsWith('De aanpak van kinderpornografie is een prioriteit'),
    );
    expect(priority).toMatchObject({
      status: 'changed',
      right: {
        paragraphId: 'prestaties-landelijke-inrichting-1',
        text: 'De aanpak van kinderpornografie en kindersekstoerisme is een prioriteit van het Kabinet.',
      },
    });
    expect(priority?.similarity).toBeGreaterThan(0.5);
    expect(priority?.similarity).toBeLessThan(1);
    const signoff = alignment.matches.find((m) => m.left?.paragraphId === 'ondertekening-1');
    expect(signoff).toMatchObject({ status: 'same', similarity: 1 });
  });

  it('joins the two sentences of nr. 90 that together restate the opening of nr. 81', () => {
    const alignment = align();
    const opening = alignment.matches.find((m) => m.left?.sentenceIds.includes('opening-2#1'));
    expect(opening?.right?.sentenceIds).toEqual(['opening-1#1', 'opening-1#2']);
    expect(opening?.right?.text).toBe(nr90.paragraphs[0]?.text);
  });

  it('gives a theme the matches that have a side in its sections', () => {
    const alignment = align();
    const encryption = matchesInSections(alignment, nr81, nr90, ['encryptie'], ['encryptie']);
    expect(encryption.map((m) => m.status)).toEqual(
      expect.arrayContaining(['changed', 'new', 'dropped']),
    );
    expect(encryption.flatMap((m) => m.left?.sentenceIds ?? [])).toContain('encryptie-3#5');
    expect(encryption.flatMap((m) => m.right?.sentenceIds ?? [])).toContain('encryptie-1#4');
    expect(
      encryption.every(
        (m) =>
          m.left?.paragraphId.startsWith('encryptie') ||
          m.right?.paragraphId.startsWith('encryptie'),
      ),
    ).toBe(true);
  });

  it('leaves what only one letter says new or dropped', () => {
    const alignment = align();
    const status = (side: 'left' | 'right', id: string) =>
      alignment.matches.find((m) => m[side]?.sentenceIds.includes(id))?.status;
    expect(status('left', 'chemische-castratie-libidoremmende-middelen-1#1')).toBe('dropped');
    expect(status('left', 'opening-1#1')).toBe('dropped');
    expect(status('right', 'vereniging-martijn-1#1')).toBe('new');
    expect(status('right', 'stop-it-now-2#4')).toBe('new');
    expect(alignment.matches.filter((m) => m.status === 'new').length).toBeGreaterThan(150);
  });
});

describe('the rows alignSentences gives for nr. 81 and nr. 90', () => {
  const align = () =>
    alignSentences(nr81, nr90, {
      linkedSections: curatedSectionLinks(curatedComparison.alignment, nr81, nr90),
    });
  const position = (letter: typeof nr81) =>
    new Map(letterSentences(letter).map((sentence, index) => [sentence.id, index]));

  it('follows the later letter, with each dropped sentence after the pair before it', () => {
    const { matches } = align();
    const right = position(nr90);
    const left = position(nr81);
    expect(matches.flatMap((m) => m.right?.sentenceIds ?? [])).toEqual(
      letterSentences(nr90).map((s) => s.id),
    );
    const rightIndex = (m: (typeof matches)[number]) =>
      right.get(m.right?.sentenceIds[0] ?? '') ?? -1;
    let previousDropped = -1;
    matches.forEach((match, k) => {
      if (match.status !== 'dropped') return;
      const i = left.get(match.left?.sentenceIds[0] ?? '') ?? -1;
      // The pair holding the nearest earlier left sentence that has a partner.
      let anchor = -1;
      let nearest = -1;
      for (const m of matches) {
        if (!m.left || !m.right) continue;
        const last = Math.max(
          ...m.left.sentenceIds.map((id) => left.get(id) ?? -1).filter((n) => n < i),
        );
        if (last > nearest)
          [nearest, anchor] = [last, rightIndex(m) + m.right.sentenceIds.length - 1];
      }
      expect(matches.slice(0, k).every((m) => !m.right || rightIndex(m) <= anchor)).toBe(true);
      expect(matches.slice(k + 1).every((m) => !m.right || rightIndex(m) > anchor)).toBe(true);
      if (matches[k - 1]?.status === 'dropped') expect(i).toBeGreaterThan(previousDropped);
      previousDropped = i;
    });
  });

  it('gives each side adjacent sentences of one paragraph, as printed there', () => {
    const { matches } = align();
    const sides = matches.flatMap((m) => [
      { side: m.left, letter: nr81 },
      { side: m.right, letter: nr90 },
    ]);
    for (const { side, letter } of sides) {
      if (!side) continue;
      const sentences = letterSentences(letter);
      const members = side.sentenceIds.map((id) => sentences.find((s) => s.id === id));
      expect(members.every((s) => s?.paragraphId === side.paragraphId)).toBe(true);
      expect(members.map((s) => s?.n)).toEqual(members.map((_, k) => (members[0]?.n ?? 0) + k));
      expect(members.length).toBeLessThanOrEqual(3);
      expect(side.start).toBe(members[0]?.start);
      expect(side.end).toBe(members.at(-1)?.end);
      const paragraph = letter.paragraphs.find((p) => p.id === side.paragraphId);
      expect(side.text).toBe(paragraph?.text.slice(side.start, side.end));
    }
    expect(matches.some((m) => (m.right?.sentenceIds.length ?? 0) === 3)).toBe(true);
  });

  it('calls a pair the same only when its words are, and rounds the score of a changed one', () => {
    const words = (text = '') =>
      text
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu)
        ?.join(' ');
    for (const match of align().matches) {
      if (!match.left || !match.right) {
        expect(match.similarity).toBeUndefined();
        continue;
      }
      const same = words(match.left.text) === words(match.right.text);
      expect(match.status).toBe(same ? 'same' : 'changed');
      if (same) expect(match.similarity).toBe(1);
      expect(match.similarity).toBeGreaterThan(0);
      expect(match.similarity).toBeLessThanOrEqual(1);
      expect(Math.round((match.similarity ?? 0) * 1000)).toBeCloseTo(
        (match.similarity ?? 0) * 1000,
        9,
      );
    }
  });
});

describe('alignSentences on small letters', () => {
  const earlier = sketchLetter(1, [
    {
      id: 'a',
      title: 'A',
      paragraphs: [
        'De werkvoorraad bedroeg op 1 januari 1 113 zaken en mutaties. Het weer was goed in Zoetermeer.',
        'De pilot met uploadfilters bij hostingbedrijven is geslaagd en afgerond.',
      ],
    },
  ]);
  const later = sketchLetter(2, [
    {
      id: 'b',
      title: 'B',
      paragraphs: [
        'De werkvoorraad bedroeg op 1 april 802 zaken en mutaties. Vereniging Martijn is verboden.',
        'De pilot met uploadfilters bij hostingbedrijven is afgerond. Hij is ook geslaagd.',
      ],
    },
  ]);

  it('pairs updated sentences, and calls the rest new or dropped', () => {
    const { matches } = alignSentences(earlier, later);
    expect(matches.map((m) => [m.status, m.left?.sentenceIds, m.right?.sentenceIds])).toEqual([
      ['changed', ['a-1#1'], ['b-1#1']],
      ['dropped', ['a-1#2'], undefined],
      ['new', undefined, ['b-1#2']],
      ['changed', ['a-2#1'], ['b-2#1', 'b-2#2']],
    ]);
  });

  it('pairs a looser restatement only inside sections the themes link, and no two-word look-alike', () => {
    const pilot = sketchLetter(4, [
      {
        id: 'pilot',
        title: 'Pilot',
        paragraphs: [
          'Veel materiaal wordt verspreid via verborgen kanalen zoals TOR-servers en peer-to-peer netwerken, waardoor de pilot met uploadfilters maar een beperkt effect heeft gehad.',
          'De pilot liet zien dat private partijen bereid zijn om samen met de overheid op te treden.',
        ],
      },
    ]);
    const reports = sketchLetter(5, [
      {
        id: 'meldingen',
        title: 'Meldingen',
        paragraphs: [
          'De cijfers van het meldpunt over hosting in Nederland geven een onvolledig en wisselend beeld van de omvang, omdat kinderporno vaak wordt verspreid via TOR-servers en peer-to-peer.',
          'Het is echter niet zo dat publieke en private partijen niets doen met deze meldingen.',
        ],
      },
    ]);
    const rows = (linkedSections: { left: string; right: string }[]) =>
      alignSentences(pilot, reports, { linkedSections }).matches.map((m) => [
        m.status,
        m.left?.sentenceIds,
        m.right?.sentenceIds,
      ]);
    expect(rows([])).not.toContainEqual(expect.arrayContaining(['changed']));
    const linkedPilot = [{ left: 'pilot', right: 'meldingen' }];
    const linkedPairs = (linked: Partial<SentenceAlignOptions['linked']>) =>
      alignSentences(pilot, reports, {
        linkedSections: linkedPilot,
        linked: { ...DEFAULT_SENTENCE_ALIGN_OPTIONS.linked, ...linked },
      }).matches.filter((m) => m.status === 'changed');
    expect(linkedPairs({ minSharedTerms: 99 })).toEqual([]);
    expect(linkedPairs({ minRareTerms: 99 })).toEqual([]);
    expect(linkedPairs({ maxSharedTermSentences: 0 })).toEqual([]);
    expect(linkedPairs({ threshold: 1.01 })).toEqual([]);
    expect(linkedPairs({})).toHaveLength(1);
    expect(rows([{ left: 'pilot', right: 'meldingen' }])).toEqual([
      ['changed', ['pilot-1#1'], ['meldingen-1#1']],
      ['dropped', ['pilot-2#1'], undefined],
      ['new', undefined, ['meldingen-2#1']],
    ]);
  });

  it('takes in no more neighbours than allowed, and only those that add enough', () => {
    const rows = (options: Parameters<typeof alignSentences>[2]) =>
      alignSentences(earlier, later, options).matches.map((m) => [
        m.status,
        m.left?.sentenceIds,
        m.right?.sentenceIds,
      ]);
    expect(rows({ maxMerge: 1 })).toContainEqual(['changed', ['a-2#1'], ['b-2#1']]);
    expect(rows({ maxMerge: 1 })).toContainEqual(['new', undefined, ['b-2#2']]);
    expect(rows({ maxMerge: 2 })).toContainEqual(['changed', ['a-2#1'], ['b-2#1', 'b-2#2']]);
    expect(rows({ mergeGain: 1.01 })).toContainEqual(['changed', ['a-2#1'], ['b-2#1']]);
  });

  it('pairs nothing below the threshold or without a term few sentences share', () => {
    const statuses = (options: Parameters<typeof alignSentences>[2]) =>
      alignSentences(earlier, later, options).matches.map((m) => m.status);
    expect(statuses({ threshold: 1.01 })).not.toContain('changed');
    expect(statuses({ maxSharedTermSentences: 0 })).not.toContain('changed');
  });

  it('pairs a sign-off only with a sign-off', () => {
    const signoff = (letter: typeof earlier) => ({
      ...letter,
      paragraphs: letter.paragraphs.map((p, k) =>
        k === 0 ? { ...p, kind: 'signoff' as const } : p,
      ),
    });
    const text = 'De minister van Veiligheid en Justitie, I.W. Opstelten';
    const left = signoff(sketchLetter(1, [{ id: 'a', title: 'A', paragraphs: [text] }]));
    const body = sketchLetter(2, [{ id: 'b', title: 'B', paragraphs: [text] }]);
    expect(alignSentences(left, body).matches.map((m) => m.status)).toEqual(['dropped', 'new']);
    expect(alignSentences(left, signoff(body)).matches.map((m) => m.status)).toEqual(['same']);
  });

  it('pairs nothing when the letters share only function words', () => {
    const other = sketchLetter(3, [
      { id: 'c', title: 'C', paragraphs: ['Het is de taak van de Kamer om dat te doen.'] },
    ]);
    const only = alignSentences(earlier, other).matches;
    expect(only.every((m) => m.status === 'new' || m.status === 'dropped')).toBe(true);
  });
});
