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

  it('splits sentences at their end marks', () => {
    expect(sentences('Eerste zin. Tweede zin? Derde')).toEqual([
      'Eerste zin.',
      'Tweede zin?',
      'Derde',
    ]);
  });
});
