import { describe, expect, it } from 'vitest';
import {
  foldText,
  isNumericTerm,
  isStopWord,
  normalizeNumber,
  slugify,
  terms,
  tokenize,
} from './normalize';

const spans = (text: string) =>
  tokenize(text).map((token) => [token.term, text.slice(token.start, token.end)]);

describe('foldText', () => {
  it('strips Dutch diacritics and lower-cases', () => {
    expect(foldText('geïnvesteerd')).toBe('geinvesteerd');
    expect(foldText('Coördinatie')).toBe('coordinatie');
    expect(foldText('één')).toBe('een');
    expect(foldText('België, efficiëntere, geüpload')).toBe('belgie, efficientere, geupload');
  });
});

describe('tokenize', () => {
  it('keeps the range of each word in the accented original', () => {
    const text = 'De laatste jaren is veel geïnvesteerd.';
    const token = tokenize(text).find((t) => t.term === 'geinvesteerd');
    expect(token && text.slice(token.start, token.end)).toBe('geïnvesteerd');
  });

  it('reads a number with thousands spaces or dots as one number', () => {
    expect(terms('bedroeg 1 113 zaken').filter((t) => t !== 'bedroeg' && t !== 'zaken')).toEqual([
      '1',
      '113',
    ]);
    expect(tokenize('bedroeg 1 113 zaken').find((t) => t.joined)?.term).toBe('1113');
    expect(spans('1.113')).toEqual([['1113', '1.113']]);
    expect(spans('250.000 euro')).toEqual([
      ['250000', '250.000'],
      ['euro', 'euro'],
    ]);
  });

  it('keeps decimals and drops the percent sign', () => {
    expect(terms('+7,5% in 2012')).toEqual(['7,5', 'in', '2012']);
    expect(normalizeNumber('7.5')).toBe('7,5');
  });

  it('keeps each number of a flattened table row findable', () => {
    const row = tokenize('809 779 605 991');
    expect(row.filter((t) => !t.joined).map((t) => t.term)).toEqual(['809', '779', '605', '991']);
  });

  it('does not glue a day to a following year', () => {
    expect(terms('op 2 oktober 2012 en 20 december 2012')).toEqual([
      'op',
      '2',
      'oktober',
      '2012',
      'en',
      '20',
      'december',
      '2012',
    ]);
  });

  it('yields a hyphenated compound whole and in parts', () => {
    const tokens = tokenize('de nieuwe OM-organisatie');
    expect(tokens.map((t) => t.term)).toEqual([
      'de',
      'nieuwe',
      'omorganisatie',
      'om',
      'organisatie',
    ]);
    const whole = tokens.find((t) => t.joined);
    expect(whole?.position).toBe(2);
    expect(tokens.find((t) => t.term === 'organisatie')?.position).toBe(3);
    expect(terms('In-4-mation')).toEqual(['in', '4', 'mation']);
    expect(tokenize('In-4-mation')[0]?.term).toBe('in4mation');
  });

  it('keeps suspended compounds apart', () => {
    expect(terms('verander- en verbetertrajecten')).toEqual([
      'verander',
      'en',
      'verbetertrajecten',
    ]);
  });

  it('drops the apostrophe-s of plurals and typographic quotes', () => {
    expect(spans('regio’s en LO’s')).toEqual([
      ['regio', 'regio’s'],
      ['en', 'en'],
      ['lo', 'LO’s'],
    ]);
    expect(spans('een «statement» en ‘iets’')).toEqual([
      ['een', 'een'],
      ['statement', 'statement'],
      ['en', 'en'],
      ['iets', 'iets'],
    ]);
  });

  it('counts positions so phrases can be checked', () => {
    expect(tokenize('Stop It Now!').map((t) => t.position)).toEqual([0, 1, 2]);
  });
});

describe('stop words and slugs', () => {
  it('knows the Dutch function words but not content words', () => {
    expect(isStopWord('de')).toBe(true);
    expect(isStopWord('hoeveel')).toBe(true);
    expect(isStopWord('niet')).toBe(false);
    expect(isStopWord('politie')).toBe(false);
  });

  it('makes slugs the way section ids are made', () => {
    expect(slugify('Stop It Now!')).toBe('stop-it-now');
    expect(slugify('Criminaliteitsbeeldanalyse (CBA) Kindersekstoerisme')).toBe(
      'criminaliteitsbeeldanalyse-cba-kindersekstoerisme',
    );
  });
});

describe('numbers as the letters print them', () => {
  it('reads thousands written with a space, a no-break space or a narrow one as one number', () => {
    for (const raw of ['1 113', '1\u00a0113', '1\u202f113']) {
      expect(tokenize(`omvatte ${raw} zaken`).find((t) => t.joined)?.term, raw).toBe('1113');
      expect(normalizeNumber(raw)).toBe('1113');
    }
    expect(normalizeNumber('250.000')).toBe('250000');
    expect(normalizeNumber('1.250.000')).toBe('1250000');
    expect(normalizeNumber('250.000,50')).toBe('250000,50');
    expect(normalizeNumber('11,3')).toBe('11,3');
    // A decimal written with a dot is no thousands group.
    expect(normalizeNumber('1234.567')).toBe('1234,567');
    expect(normalizeNumber('1.2345')).toBe('1,2345');
    expect(normalizeNumber('2012')).toBe('2012');
  });

  it('keeps each digit group of a spaced number at its own place in the text', () => {
    const text = 'van 809 779 605 zaken';
    expect(spans(text)).toEqual([
      ['van', 'van'],
      ['809779605', '809 779 605'],
      ['809', '809'],
      ['779', '779'],
      ['605', '605'],
      ['zaken', 'zaken'],
    ]);
    expect(tokenize(text).map((t) => t.position)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('tells numbers from words', () => {
    expect(['1113', '7,5', '2012', '15,65'].every(isNumericTerm)).toBe(true);
    expect(['a7', '7a', '7,', ',5', 'fte', ''].some(isNumericTerm)).toBe(false);
  });
});

describe('words as the letters print them', () => {
  it('drops a straight apostrophe-s as well as a typographic one', () => {
    expect(spans("LO's en regio's")).toEqual([
      ['lo', "LO's"],
      ['en', 'en'],
      ['regio', "regio's"],
    ]);
    expect(terms("zo'n")).toEqual(['zon']);
  });

  it('lower-cases plain words and folds accented ones', () => {
    expect(terms('Leaseweb NCMEC België')).toEqual(['leaseweb', 'ncmec', 'belgie']);
    expect(foldText('Stop It Now!')).toBe('stop it now!');
  });

  it('counts the parts of a hyphenated compound after the whole, with their own ranges', () => {
    const text = 'een Interpol-project Infra-sea';
    expect(spans(text)).toEqual([
      ['een', 'een'],
      ['interpolproject', 'Interpol-project'],
      ['interpol', 'Interpol'],
      ['project', 'project'],
      ['infrasea', 'Infra-sea'],
      ['infra', 'Infra'],
      ['sea', 'sea'],
    ]);
    expect(tokenize(text).map((t) => t.position)).toEqual([0, 1, 1, 2, 3, 3, 4]);
    expect(tokenize(text).map((t) => t.joined ?? false)).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('skips a stray accent mark standing on its own', () => {
    expect(terms('foo \u0301 bar')).toEqual(['foo', 'bar']);
  });

  it('makes slugs without stray dashes at the ends or doubled in between', () => {
    expect(slugify(' -- Stop  It,  Now! -- ')).toBe('stop-it-now');
    expect(slugify('Actiedagen op Schiphol')).toBe('actiedagen-op-schiphol');
    expect(slugify('!!!')).toBe('');
  });
});
