import { describe, expect, it } from 'vitest';
import { compoundParts, contentTerms } from './analyze';

const terms = (text: string) => contentTerms(text).map((t) => t.term);

describe('contentTerms', () => {
  it('drops function words and keeps the words a theme is about', () => {
    expect(terms('Deze brief zal ik uw Kamer op korte termijn doen toekomen.')).toEqual([
      'brief',
      'kamer',
      'kort',
      'termijn',
      'toekom',
    ]);
  });

  it('counts a number printed with a thousands space once, as the whole number', () => {
    const found = contentTerms('bedroeg de werkvoorraad 1 113 zaken');
    expect(found.filter((t) => t.numeric).map((t) => t.term)).toEqual(['1113']);
    const number = found.find((t) => t.numeric);
    expect('bedroeg de werkvoorraad 1 113 zaken'.slice(number?.start, number?.end)).toBe('1 113');
  });

  it('splits hyphenated compounds into their parts', () => {
    expect(terms('de landelijke OM-organisatie')).toEqual(['landelijk', 'om', 'organisatie']);
  });

  it('treats accented and plain spellings alike', () => {
    expect(terms('geïnvesteerd')).toEqual(terms('geinvesteerd'));
  });
});

describe('compoundParts', () => {
  const vocabulary = new Set(['politie', 'capaciteit', 'kinderporno']);

  it('finds the known head and tail of a compound', () => {
    expect(compoundParts('politiecapaciteit', vocabulary)).toEqual(['politie', 'capaciteit']);
    expect(compoundParts('kinderpornorechercheur', vocabulary)).toEqual(['kinderporno']);
  });

  it('leaves short words and unknown compounds alone', () => {
    expect(compoundParts('politie', vocabulary)).toEqual([]);
    expect(compoundParts('ontsleutelplicht', vocabulary)).toEqual([]);
  });
});
