import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { corpusDocs, corpusLetters, corpusSections } from './documents';

const corpus = loadLetters();

describe('the searchable pieces of the bundled letters', () => {
  it('holds every paragraph once, where the reader shows it, pages and all', () => {
    const docs = corpusDocs(corpus);
    const paragraphs = docs.filter((doc) => doc.kind === 'paragraph');
    expect(paragraphs).toHaveLength(
      corpus.letters.reduce((sum, letter) => sum + letter.paragraphs.length, 0),
    );
    expect(paragraphs.find((doc) => doc.paragraphId === 'opening-2')).toEqual({
      kind: 'paragraph',
      letterId: 'kst-31015-81',
      nr: 81,
      paragraphId: 'opening-2',
      sectionId: 'opening',
      page: 1,
      text: corpus.letters[0]?.paragraphs[1]?.text,
    });
    // Encryptie in nr. 81 runs from page 4 onto page 5: a citation needs both.
    const crossing = paragraphs.find(
      (doc) => doc.letterId === 'kst-31015-81' && doc.paragraphId === 'encryptie-2',
    );
    expect(crossing).toMatchObject({ page: 4, pageEnd: 5 });
    expect(crossing?.text).toContain('ontsleutelplicht');
  });

  it('makes each printed heading a result that opens its first paragraph', () => {
    const headings = corpusDocs(corpus).filter((doc) => doc.kind === 'section');
    expect(headings.find((doc) => doc.text === 'Pilot Leaseweb')).toEqual({
      kind: 'section',
      letterId: 'kst-31015-81',
      nr: 81,
      paragraphId: 'pilot-leaseweb-1',
      sectionId: 'pilot-leaseweb',
      page: 3,
      text: 'Pilot Leaseweb',
    });
    // The untitled opening and sign-off carry a label, not a printed heading.
    expect(headings.map((doc) => doc.text)).not.toContain('Inleiding');
    expect(headings.map((doc) => doc.text)).not.toContain('Ondertekening');
    const printed = corpus.letters.flatMap((letter) =>
      letter.sections.filter((section) => section.printed),
    );
    expect(headings).toHaveLength(printed.length);
  });

  it('makes each table one result with its caption, rows and notes', () => {
    const tables = corpusDocs(corpus).filter((doc) => doc.kind === 'table');
    expect(tables.map((doc) => doc.tableId)).toEqual([
      'werkvoorraad-per-kwartaal',
      'figuur-1',
      'figuur-2',
    ]);
    const figure = tables.find((doc) => doc.tableId === 'figuur-2');
    expect(figure).toMatchObject({
      letterId: 'kst-31015-90',
      nr: 90,
      paragraphId: 'focusverschuiving-2',
      sectionId: 'focusverschuiving',
      page: 2,
    });
    expect(figure?.text.split('\n')).toEqual([
      'Figuur 2: focusverschuiving',
      ' · Verspreiding · Productie · Misbruik',
      '2012 · 11,3% · 7,9% · 15,6%',
      'N=480 zaken',
    ]);
    // Nr. 81 prints no caption over its table: its descriptive title stands in.
    expect(tables[0]?.text.split('\n')[0]).toBe(
      'Werkvoorraad kinderpornografiezaken bij de politie per kwartaal, 4e kwartaal 2009 tot en met 2e kwartaal 2012',
    );
  });

  it('lists the pieces in reading order, letter by letter', () => {
    const docs = corpusDocs(corpus);
    const firstOf90 = docs.findIndex((doc) => doc.letterId === 'kst-31015-90');
    expect(docs.slice(0, firstOf90).every((doc) => doc.nr === 81)).toBe(true);
    expect(docs.slice(firstOf90).every((doc) => doc.nr === 90)).toBe(true);
  });
});

describe('what search knows of the letters and their sections', () => {
  it('names each letter by number, date and aliases', () => {
    expect(corpusLetters(corpus)).toEqual([
      expect.objectContaining({
        id: 'kst-31015-81',
        nr: 81,
        date: '2012-10-02',
        aliases: expect.arrayContaining(['oktober 2012']),
      }),
      expect.objectContaining({
        id: 'kst-31015-90',
        nr: 90,
        date: '2013-05-06',
        aliases: expect.arrayContaining(['april 2013']),
      }),
    ]);
    expect(corpusLetters(corpus)[1]?.title).toBe(corpus.letters[1]?.title);
  });

  it('keeps which section each heading falls under', () => {
    const sections = corpusSections(corpus);
    expect(sections.find((s) => s.letterId === 'kst-31015-90' && s.id === 'fresno')).toEqual({
      letterId: 'kst-31015-90',
      id: 'fresno',
      title: 'Fresno',
      parentId: 'prestaties-landelijke-inrichting',
    });
    const encryptie = sections.find((s) => s.letterId === 'kst-31015-81' && s.id === 'encryptie');
    expect(encryptie).toEqual({ letterId: 'kst-31015-81', id: 'encryptie', title: 'Encryptie' });
    expect(encryptie && 'parentId' in encryptie).toBe(false);
  });
});
