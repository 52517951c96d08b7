import { describe, expect, it } from 'vitest';
import { compoundParts, contentTerms, isCompareStopWord } from './analyze';
import { stem } from './stem';

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

  it('counts "OM" as the Openbaar Ministerie but "Om" at the start of a sentence as a function word', () => {
    expect(terms('Om die reden heeft het OM het overgenomen.')).toEqual([
      stem('reden'),
      'om',
      stem('overgenomen'),
    ]);
    expect(terms('Hebben zij het gedaan?')).toEqual([stem('gedaan')]);
  });

  it('keeps single digits but drops single letters', () => {
    expect(contentTerms('onder x en 4 zaken').map((t) => [t.term, t.numeric])).toEqual([
      ['4', true],
      [stem('zaken'), false],
    ]);
  });

  it('keeps the number inside a name and the place of every term', () => {
    const text = 'Het project In-4-mation sinds 2013.';
    expect(contentTerms(text).map((t) => [text.slice(t.start, t.end), t.term])).toEqual([
      ['project', 'project'],
      ['4', '4'],
      ['mation', 'mation'],
      ['2013', '2013'],
    ]);
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

  it('takes the longest known head and tail, never the compound itself', () => {
    const known = new Set(['politiecapaciteit', 'politie', 'polit', 'capaciteit', 'kinder']);
    expect(compoundParts('politiecapaciteit', known)).toEqual(['politie', 'capaciteit']);
    expect(compoundParts('kinderpornorechercheur', new Set([...vocabulary, 'kinder']))).toEqual([
      'kinderporno',
    ]);
  });

  it('finds a head or a tail of five letters in a compound of nine or more', () => {
    expect(compoundParts('cyberzaak', new Set(['cyber']))).toEqual(['cyber']);
    expect(compoundParts('cyberweb', new Set(['cyber']))).toEqual([]);
    expect(compoundParts('criminaliteitsbeeld', new Set(['beeld']))).toEqual(['beeld']);
    expect(compoundParts('cyberzaak', new Set(['zaak', 'cybe']))).toEqual([]);
    // "zaken" stems to "zak": a tail must still have five letters once stemmed.
    expect(compoundParts('politiezaken', new Set(['zak']))).toEqual([]);
  });

  it('leaves hyphenated, capitalised or accented words alone', () => {
    const known = new Set(['politie', 'capaciteit']);
    expect(compoundParts('politie-capaciteit', known)).toEqual([]);
    expect(compoundParts('Politiecapaciteit', known)).toEqual([]);
  });
});

describe('isCompareStopWord', () => {
  it('holds the words any paragraph uses, not the words a theme is about', () => {
    expect(['heeft', 'worden', 'kunnen', 'oktober'].every(isCompareStopWord)).toBe(true);
    expect(['encryptie', 'verdachten', 'politie'].some(isCompareStopWord)).toBe(false);
  });
});
