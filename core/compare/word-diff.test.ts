import { describe, expect, it } from 'vitest';
import {
  longestSharedRun,
  nearIdenticalSentences,
  sentences,
  wordDiff,
  wordSimilarity,
} from './word-diff';

const before = 'De aanpak van kinderpornografie is een prioriteit van het huidige Kabinet.';
const after =
  'De aanpak van kinderpornografie en kindersekstoerisme is een prioriteit van het Kabinet.';

describe('wordDiff', () => {
  it('shows what a near-identical sentence added and removed', () => {
    const diff = wordDiff(before, after);
    expect(diff?.filter((p) => p.change === 'added').map((p) => p.text.trim())).toContain(
      'en kindersekstoerisme',
    );
    expect(diff?.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toContain(
      'huidige',
    );
    expect(
      diff
        ?.filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('marks the words both passages keep as the same', () => {
    const diff = wordDiff('De werkvoorraad daalde fors.', 'De werkvoorraad steeg licht.', 0.5);
    expect(diff?.[0]).toEqual({ text: 'De werkvoorraad ', change: 'same' });
    expect(diff?.at(-1)).toEqual({ text: '.', change: 'same' });
  });

  it('gives no diff for passages that only share a theme', () => {
    expect(
      wordDiff(before, 'Stop It Now is een hulplijn voor mensen met pedoseksuele gevoelens.'),
    ).toBeNull();
  });
});

describe('wordSimilarity and longestSharedRun', () => {
  it('are 1 and the full length for the same text, ignoring case and accents', () => {
    expect(wordSimilarity('Eén uniforme werkwijze', 'één uniforme werkwijze')).toBe(1);
    expect(longestSharedRun('a b c d', 'x b c d y')).toBe(3);
  });

  it('count a repeated word only as often as both texts have it', () => {
    expect(wordSimilarity('de zaak en de zaak', 'de zaak')).toBeCloseTo((2 * 2) / 7);
    expect(wordSimilarity('de zaak', 'de de de zaak')).toBeCloseTo((2 * 2) / 6);
    expect(longestSharedRun('de zaak de zaak', 'de zaak de')).toBe(3);
  });

  it('call two texts without words alike, and share no run', () => {
    expect(wordSimilarity('–', '(…)')).toBe(1);
    expect(longestSharedRun('–', 'de zaak')).toBe(0);
    expect(longestSharedRun('–', '(…)')).toBe(0);
    expect(longestSharedRun('de zaak', 'in de zaak')).toBe(2);
  });
});

describe('nearIdenticalSentences', () => {
  it('pairs a sentence that repeats a long clause, even when the rest changed', () => {
    const nr81 =
      'In mijn brief heb ik bericht dat onderzoek verricht zal worden naar de mogelijkheid om verdachten te verplichten om medewerking te verlenen bij het toegankelijk maken van gegevens op hun computer die met het gebruik van encryptie zijn versleuteld (ontsleutelplicht).';
    const nr90 =
      'Het voornemen is bekend. Dit decryptiebevel houdt in dat verdachten van zware misdrijven verplicht kunnen worden om medewerking te verlenen bij het toegankelijk maken van gegevens op hun computer die met het gebruik van encryptie zijn versleuteld.';
    const [pair, ...rest] = nearIdenticalSentences(nr81, nr90);
    expect(rest).toEqual([]);
    expect(pair?.right).toMatch(/^Dit decryptiebevel/);
    expect(
      pair?.diff
        .filter((p) => p.change === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toContain('(ontsleutelplicht)');
  });

  const clause =
    'Het decryptiebevel houdt in dat wie van zware misdrijven wordt verdacht gedwongen kan worden medewerking te verlenen bij het toegankelijk maken van gegevens die de politie in beslag nam.';

  it('pairs a repeated clause of eight words that is a third of the shorter sentence', () => {
    // 24 words, 8 of them the clause.
    const left =
      'Verdachten kunnen straks worden verplicht medewerking te verlenen bij het toegankelijk maken van versleutelde bestanden op hun computer, telefoon, tablet of externe harde schijf.';
    expect(nearIdenticalSentences(left, clause)).toHaveLength(1);
  });

  it('does not pair a clause that is a small part of a long sentence, or shorter than eight words', () => {
    // 25 words, 8 of them the clause.
    const longer =
      'Verdachten kunnen straks worden verplicht medewerking te verlenen bij het toegankelijk maken van versleutelde bestanden op hun computer, telefoon, tablet of externe harde schijf thuis.';
    expect(nearIdenticalSentences(longer, clause)).toEqual([]);
    // 21 words, 7 of them the clause.
    const shorter =
      'Verdachten kunnen straks worden verplicht medewerking te verlenen bij het toegankelijk maken en ontsleutelen van bestanden op hun computer of telefoon.';
    expect(nearIdenticalSentences(shorter, clause)).toEqual([]);
  });

  it('pairs each sentence with its closest near-identical counterpart only', () => {
    const pairs = nearIdenticalSentences(
      `${before} Stop It Now is een hulplijn voor mensen.`,
      `${after} De aanpak van kinderpornografie is een prioriteit, zo blijkt uit de cijfers.`,
    );
    expect(pairs.map((p) => [p.left, p.right])).toEqual([[before, after]]);
    const closestLast = nearIdenticalSentences(
      before,
      `De aanpak van kinderpornografie is een prioriteit, zo blijkt uit de cijfers. ${after}`,
    );
    expect(closestLast.map((p) => p.right)).toEqual([after]);
    expect(pairs[0]?.similarity).toBeCloseTo(wordSimilarity(before, after));
    expect(pairs[0]?.diff.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual([
      'en kindersekstoerisme',
    ]);
  });

  it('pairs sentences that reach the threshold, and none of fewer than four words', () => {
    expect(
      nearIdenticalSentences('De werkvoorraad daalde fors.', 'De werkvoorraad steeg licht.', 0.5),
    ).toHaveLength(1);
    expect(nearIdenticalSentences('Zie de bijlage.', 'Zie de bijlage.')).toEqual([]);
  });

  it('splits sentences at their end marks', () => {
    expect(sentences('Eerste zin. Tweede zin? Derde')).toEqual([
      'Eerste zin.',
      'Tweede zin?',
      'Derde',
    ]);
  });
});
