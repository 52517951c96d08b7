import { describe, expect, it } from 'vitest';
import { buildVectorSpace, cosine } from './tfidf';

const documents = [
  'De aanpak van kinderpornografie en de ontsleutelplicht voor verdachten.',
  'De aanpak van kinderpornografie en het decryptiebevel voor verdachten.',
  'De aanpak van kinderpornografie bij de politie.',
  'Stop It Now is een hulplijn.',
];

describe('buildVectorSpace', () => {
  const space = buildVectorSpace(documents);

  it('weighs a rare term more than one every document uses', () => {
    expect(space.idf('ontsleutelplicht')).toBeGreaterThan(space.idf('kinderpornografie'));
  });

  it('counts in how many documents a term stands, not how often', () => {
    expect(space.documentFrequency('kinderpornografie')).toBe(3);
    expect(space.documentFrequency('ontsleutelplicht')).toBe(1);
    expect(space.documentFrequency('castratie')).toBe(0);
  });

  it('weighs a word every document uses least, but still counts it, and an unseen word most', () => {
    const everywhere = buildVectorSpace(['De politie meldt.', 'De politie en het OM.']);
    expect(everywhere.idf('politie')).toBe(1);
    expect(everywhere.idf('castratie')).toBeGreaterThan(everywhere.idf('om'));
    expect(
      cosine(everywhere.vectorize('De politie meldt.'), everywhere.vectorize('De politie.')),
    ).toBeGreaterThan(0.5);
  });

  it('weighs a word said twice more than a word said once', () => {
    const twice = space.vectorize('Ontsleutelplicht en decryptiebevel, decryptiebevel.');
    expect(space.idf('ontsleutelplicht')).toBe(space.idf('decryptiebevel'));
    expect(cosine(twice, space.vectorize('Het decryptiebevel.'))).toBeGreaterThan(
      cosine(twice, space.vectorize('De ontsleutelplicht.')),
    );
  });

  it('lets a compound resemble the words it is built from', () => {
    const compounds = buildVectorSpace([
      'De politiecapaciteit groeit.',
      'De capaciteit van de politie groeit.',
      'Stop It Now is een hulplijn.',
    ]);
    const compound = compounds.vectorize('De politiecapaciteit.');
    expect(cosine(compound, compounds.vectorize('De capaciteit van de politie.'))).toBeGreaterThan(
      0,
    );
  });

  it('scores a text against itself 1 and against a text with no shared terms 0', () => {
    const a = space.vectorize(documents[0] ?? '');
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, space.vectorize(documents[3] ?? ''))).toBe(0);
  });

  it('finds a text that shares a rare term closer than one that shares a common term', () => {
    const a = space.vectorize(documents[0] ?? '');
    expect(cosine(a, space.vectorize('De ontsleutelplicht.'))).toBeGreaterThan(
      cosine(a, space.vectorize('De kinderpornografie.')),
    );
  });

  it('ranks texts by what they share, not by length', () => {
    const [a, b, c] = documents.slice(0, 3).map((text) => space.vectorize(text));
    if (!a || !b || !c) throw new Error('fixture');
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) - 1e-9);
  });

  it('gives an empty text a zero vector rather than dividing by zero', () => {
    expect(cosine(space.vectorize(''), space.vectorize(documents[0] ?? ''))).toBe(0);
    expect(cosine(space.vectorize(documents[0] ?? ''), space.vectorize('de en het'))).toBe(0);
  });
});
