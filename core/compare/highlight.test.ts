import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { marksForKeys, sharedNumbers, sharedTerms } from './highlight';
import { stem } from './stem';

const [nr81, nr90] = loadLetters().letters;
const sectionText = (letter: typeof nr81, sectionId: string) =>
  (letter?.paragraphs ?? [])
    .filter((p) => p.sectionId === sectionId)
    .map((p) => p.text)
    .join('\n');

const left =
  'In de periode tot 1 oktober 2012 bedroeg de werkvoorraad 1 113 zaken; de verdachten werden aangeleverd.';
const right = 'De werkvoorraad van 1113 zaken is gedaald; er is een verdachte aangeleverd in 2012.';

describe('sharedTerms', () => {
  it('matches words by stem and reports how each text writes them', () => {
    const terms = sharedTerms(left, right);
    const suspect = terms.find((t) => t.key === 'verdacht');
    expect(suspect).toMatchObject({ leftForm: 'verdachten', rightForm: 'verdachte' });
    expect(terms.map((t) => t.key)).toEqual(
      expect.arrayContaining([stem('werkvoorraad'), stem('zaken'), 'aangeleverd']),
    );
    expect(terms.map((t) => t.key)).not.toContain('de');
  });

  it('ranks by rarity and drops the commonest terms when told how rare they are', () => {
    const idf = (term: string) => (term === stem('werkvoorraad') ? 3 : 1);
    const terms = sharedTerms(left, right, { idf, minIdf: 2 });
    expect(terms.map((t) => t.leftForm)).toEqual(['werkvoorraad']);
    expect(sharedTerms(left, right, { idf, limit: 1 }).map((t) => t.leftForm)).toEqual([
      'werkvoorraad',
    ]);
  });

  it('orders terms of equal weight alphabetically and keeps a term exactly at the threshold', () => {
    const idf = (term: string) => (term === stem('werkvoorraad') ? 3 : 2);
    const terms = sharedTerms(left, right, { idf, minIdf: 2 });
    expect(terms[0]?.key).toBe(stem('werkvoorraad'));
    const rest = terms.slice(1).map((t) => t.key);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
    expect(rest).toContain('aangeleverd');
    expect(terms.map((t) => t.weight)).toEqual([3, ...rest.map(() => 2)]);
    expect(sharedTerms(left, right).every((t) => t.weight === 1)).toBe(true);
    expect(sharedTerms(left, right, { idf: () => 0 })).toHaveLength(terms.length);
  });

  it('finds every place a shared term stands, in both encryption sections of the real letters', () => {
    const a = sectionText(nr81, 'encryptie');
    const b = sectionText(nr90, 'encryptie');
    const terms = sharedTerms(a, b);
    const suspects = terms.find((t) => t.key === stem('verdachten'));
    expect(suspects?.inLeft.map((s) => a.slice(s.start, s.end))).toEqual([
      'verdachten',
      'verdachten',
      'verdachten',
    ]);
    expect(suspects?.inRight.map((s) => b.slice(s.start, s.end))).toEqual(['verdachten']);
    expect(terms.find((t) => t.key === 'encryptie')).toMatchObject({
      leftForm: 'encryptie',
      rightForm: 'encryptie',
    });
    // Function words and month names say nothing about the theme.
    expect(terms.map((t) => t.key)).not.toEqual(expect.arrayContaining(['januari']));
  });

  it('leaves out words shorter than three letters, even when both print them', () => {
    expect(sharedTerms('het OM en de EU', 'het OM en de EU')).toEqual([]);
    expect(sharedTerms('de VGT', 'de VGT').map((t) => t.key)).toEqual(['vgt']);
  });

  it('marks numbers only as numbers, never as terms', () => {
    expect(sharedTerms('507 verdachten', '507 verdachten').map((t) => t.key)).toEqual(['verdacht']);
  });
});

describe('sharedNumbers', () => {
  it('matches a number written with a thousands space to the same number without it', () => {
    const numbers = sharedNumbers(left, right);
    expect(numbers.map((n) => [n.key, n.leftForm, n.rightForm])).toEqual([
      ['1113', '1 113', '1113'],
      ['2012', '2012', '2012'],
    ]);
  });

  it('leaves out numbers inside names', () => {
    expect(sharedNumbers('het project In-4-mation in 2013', 'In-4-mation sinds 2013')).toHaveLength(
      1,
    );
  });

  it('leaves out the day of a date', () => {
    expect(
      sharedNumbers('brief van 27 januari 2012', 'brief van 27 november 2012').map((n) => n.key),
    ).toEqual(['2012']);
  });

  it('leaves out the day of a date in the real letters: 27 januari 2012 is not 27 november 2012', () => {
    const numbers = sharedNumbers(sectionText(nr81, 'encryptie'), sectionText(nr90, 'encryptie'));
    expect(numbers.map((n) => n.key)).toEqual(['2012']);
  });

  it('leaves out a day before any month, however long its name, but keeps a count before other words', () => {
    expect(sharedNumbers('op 24 september 2012', 'op 24 september 2013').map((n) => n.key)).toEqual(
      [],
    );
    expect(sharedNumbers('op 24  september', 'sinds 24 september').map((n) => n.key)).toEqual([]);
    expect(sharedNumbers('er zijn 24 zaken', 'nog 24 zaken').map((n) => n.key)).toEqual(['24']);
    expect(sharedNumbers('24 septembermaanden', '24 septembermaanden').map((n) => n.key)).toEqual([
      '24',
    ]);
  });

  it('leaves out a number joined to a word by a hyphen on either side', () => {
    expect(sharedNumbers('een 4-jarig project', 'een 4-jarig traject')).toEqual([]);
    expect(sharedNumbers('project COM-2012', 'voorstel COM-2012')).toEqual([]);
    expect(sharedNumbers('project COM\u20112012', 'voorstel COM\u20102012')).toEqual([]);
    expect(sharedNumbers('4 projecten', '4 trajecten').map((n) => n.key)).toEqual(['4']);
  });

  it('ignores how rare a number is: every shared figure counts', () => {
    expect(sharedNumbers('1 113 zaken en 802 zaken', '802 en 1113').map((n) => n.key)).toEqual([
      '1113',
      '802',
    ]);
  });

  it('does not match different numbers', () => {
    expect(sharedNumbers('507 verdachten', '511 verdachten')).toEqual([]);
  });
});

describe('marksForKeys', () => {
  it('marks the words and numbers of one paragraph that a whole theme shares', () => {
    const marks = marksForKeys(left, new Set([stem('verdachten')]), new Set(['1113']));
    expect(marks.map((m) => [left.slice(m.start, m.end), m.kind])).toEqual([
      ['1 113', 'number'],
      ['verdachten', 'term'],
    ]);
  });

  it('does not mark a number for a shared word that is spelled the same, nor a word for a number', () => {
    const marks = marksForKeys('in 2012 en 1113 keer', new Set(['2012']), new Set(['keer']));
    expect(marks).toEqual([]);
  });

  it('marks the key terms and numbers a theme shares in a real paragraph, with their keys', () => {
    const paragraph = nr90?.paragraphs.find((p) => p.sectionId === 'encryptie')?.text ?? '';
    const marks = marksForKeys(paragraph, new Set(['encryptie', 'verdacht']), new Set(['2012']));
    expect(marks.map((m) => [paragraph.slice(m.start, m.end), m.kind, m.key])).toEqual([
      ['verdachten', 'term', 'verdacht'],
      ['encryptie', 'term', 'encryptie'],
      ['2012', 'number', '2012'],
    ]);
  });
});
