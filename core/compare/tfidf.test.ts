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

  it('scores a text against itself 1 and against a text with no shared terms 0', () => {
    const a = space.vectorize(documents[0] ?? '');
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, space.vectorize(documents[3] ?? ''))).toBe(0);
  });

  it('ranks texts by what they share, not by length', () => {
    const [a, b, c] = documents.slice(0, 3).map((text) => space.vectorize(text));
    if (!a || !b || !c) throw new Error('fixture');
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) - 1e-9);
  });

  it('gives an empty text a zero vector rather than dividing by zero', () => {
    expect(cosine(space.vectorize(''), space.vectorize(documents[0] ?? ''))).toBe(0);
  });
});
