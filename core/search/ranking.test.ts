// The order of search results: which paragraph a query puts first, and why.
import { describe, expect, it } from 'vitest';
import { queryProblems, search } from './search';
import { parseQuery } from './query';

import { paragraph, in90, indexOf, ids } from './docs.testing';

describe('ranking', () => {
  it('takes a word the letters contain as meant, before its completions', () => {
    const index = indexOf([
      paragraph(1, 'De staat van de zaken.'),
      paragraph(2, 'De start van het project.'),
      paragraph(3, 'Vliegende starters en een startpunt.'),
    ]);
    expect(ids(search(index, 'start'))).toEqual(['p-2', 'p-3']);
  });

  it('puts the closer typo match first', () => {
    const index = indexOf([paragraph(1, 'Over de decryptie.'), paragraph(2, 'Over de encryptie.')]);
    expect(ids(search(index, 'encriptie'))[0]).toBe('p-2');
  });

  it('finds a word with a typing error, a swapped letter or a missing accent', () => {
    const index = indexOf([
      paragraph(1, 'Ook kindersekstoerisme wordt aangepakt.'),
      paragraph(2, 'Er is geïnvesteerd.'),
    ]);
    expect(ids(search(index, 'kindersekstourisme'))).toEqual(['p-1']);
    expect(ids(search(index, 'kindersekstoersime'))).toEqual(['p-1']);
    expect(ids(search(index, 'geinvesteerd'))).toEqual(['p-2']);
  });

  it('puts a paragraph with all the words before one with some, however often', () => {
    const index = indexOf([
      paragraph(1, 'De politie, de politie en nogmaals de politie.'),
      paragraph(2, 'Extra capaciteit bij de politie.'),
    ]);
    expect(ids(search(index, 'politie capaciteit'))).toEqual(['p-2', 'p-1']);
  });

  it('prefers words standing together', () => {
    const index = indexOf([
      paragraph(1, 'Een meldknop voor wie het online ziet, en meer dan dat, zoals een lange zin.'),
      paragraph(
        2,
        'Er is een online meldknop voor iedereen, en meer dan dat, zoals een lange zin.',
      ),
    ]);
    expect(ids(search(index, 'online meldknop'))).toEqual(['p-2', 'p-1']);
  });

  it('completes a word and finds it inside a compound', () => {
    const index = indexOf([
      paragraph(1, 'Over deze verander- en verbetertrajecten.'),
      paragraph(2, 'De aanpak van kindersekstoerisme.'),
    ]);
    expect(ids(search(index, 'verbeter'))).toEqual(['p-1']);
    expect(ids(search(index, 'sekstoerisme'))).toEqual(['p-2']);
  });

  it('rejoins a word typed apart and splits a compound typed together', () => {
    const index = indexOf([
      paragraph(1, 'Medewerking aan het ontsleutelen (ontsleutelplicht).'),
      paragraph(2, 'Kinderporno op Nederlandse servers.'),
    ]);
    expect(ids(search(index, 'ontsleutel plicht'))).toEqual(['p-1']);
    expect(ids(search(index, 'kinderpornoservers'))).toEqual(['p-2']);
  });

  it('matches numbers however their thousands are written, and only exactly', () => {
    const index = indexOf([
      paragraph(1, 'Het waren 1 113 zaken.'),
      paragraph(2, 'Een bedrag van 250.000 euro.'),
      paragraph(3, 'Het waren 1 114 zaken.'),
    ]);
    for (const query of ['1113', '1 113', '1.113'])
      expect(ids(search(index, query))).toEqual(['p-1']);
    expect(ids(search(index, '250000'))).toEqual(['p-2']);
    expect(ids(search(index, '250 000 euro'))).toEqual(['p-2']);
  });

  it('requires an exact phrase word for word', () => {
    const index = indexOf([
      paragraph(1, 'De meldknop is online te vinden.'),
      paragraph(2, 'Er is een online meldknop.'),
    ]);
    expect(ids(search(index, '"online meldknop"'))).toEqual(['p-2']);
    expect(ids(search(index, '"meldknop online"'))).toEqual([]);
  });

  it('leaves out excluded words', () => {
    const index = indexOf([
      paragraph(1, 'De pilot Leaseweb is afgerond.'),
      paragraph(2, 'Een vervolg op de pilot.'),
    ]);
    expect(ids(search(index, 'pilot -leaseweb'))).toEqual(['p-2']);
    expect(ids(search(index, 'pilot -"pilot leaseweb"'))).toEqual(['p-2']);
  });

  it('filters by letter (number or name), section, kind and page', () => {
    const index = indexOf([
      paragraph(1, 'Encryptie en ontsleutelplicht.', { page: 4 }),
      paragraph(2, 'Encryptie en het decryptiebevel.', { ...in90, page: 6 }),
      paragraph(3, 'Encryptie internationaal.', { ...in90, sectionId: 'internationaal', page: 7 }),
      { ...paragraph(4, 'Encryptie'), kind: 'section' },
    ]);
    expect(ids(search(index, 'encryptie brief:90'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie brief:april'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie brief:81'))).toEqual(['p-4', 'p-1']);
    expect(ids(search(index, 'encryptie sectie:databases'))).toEqual(['p-2', 'p-3']);
    expect(ids(search(index, 'encryptie sectie:internationaal'))).toEqual(['p-3']);
    expect(ids(search(index, 'encryptie in:koppen'))).toEqual(['p-4']);
    expect(ids(search(index, 'encryptie pagina:6'))).toEqual(['p-2']);
    expect(ids(search(index, 'encryptie', { letterId: 'kst-31015-81' }))).toEqual(['p-4', 'p-1']);
  });

  it('favours the letter a query names ("april 2013 …") without requiring its words', () => {
    const index = indexOf([paragraph(1, 'Over encryptie.'), paragraph(2, 'Over encryptie.', in90)]);
    expect(ids(search(index, 'april 2013 encryptie'))).toEqual(['p-2', 'p-1']);
    expect(ids(search(index, 'oktober 2012 encryptie'))).toEqual(['p-1', 'p-2']);
  });

  it('says which filters it cannot resolve', () => {
    const index = indexOf([paragraph(1, 'Tekst.')]);
    expect(queryProblems(index, parseQuery('brief:77 tekst'))[0]).toMatch(/brief:81 of 90/);
    expect(queryProblems(index, parseQuery('sectie:onbekend tekst'))[0]).toMatch(/sectie/);
    expect(queryProblems(index, parseQuery('brief:april tekst'))).toEqual([]);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    const index = indexOf([
      paragraph(1, 'Politie.'),
      paragraph(2, 'Politie.'),
      paragraph(3, 'Politie.'),
    ]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'politie', { limit: 2 })).toHaveLength(2);
  });
});

describe('ranking details', () => {
  it("lends a heading's words to the paragraphs under it, below paragraphs that hold them", () => {
    const index = indexOf([
      { ...paragraph(0, 'Encryptie'), kind: 'section' },
      paragraph(1, 'Het onderzoek is bijna klaar.', { page: 2 }),
      paragraph(2, 'Het gebruik van encryptie neemt toe.', in90),
      paragraph(3, 'Een alinea elders.', { sectionId: 'elders' }),
    ]);
    expect(ids(search(index, 'encryptie'))).toEqual(['p-0', 'p-2', 'p-1']);
    expect(ids(search(index, 'encryptie onderzoek'))[0]).toBe('p-1');
    expect(ids(search(index, 'encryptie pagina:1'))).toEqual(['p-0', 'p-2']);
    expect(ids(search(index, 'encryptie brief:90'))).toEqual(['p-2']);
    expect(ids(search(index, 'encryptie brief:81'))).toEqual(['p-0', 'p-1']);
  });

  it("keeps a paragraph's own match when it is worth more than what its heading lends", () => {
    const index = indexOf([
      { ...paragraph(0, 'Encryptie'), kind: 'section' },
      paragraph(1, 'Encryptie, encryptie en nog eens encryptie.'),
      paragraph(2, 'Iets anders.'),
    ]);
    const [own, heading, lent] = search(index, 'encryptie');
    expect([own?.paragraphId, heading?.paragraphId, lent?.paragraphId]).toEqual([
      'p-1',
      'p-0',
      'p-2',
    ]);
    expect((own?.score as number) / (lent?.score as number)).toBeGreaterThan(2);
  });

  it('lists equally good results in reading order', () => {
    const index = indexOf([
      paragraph(1, 'Politie.'),
      paragraph(2, 'Politie.'),
      paragraph(3, 'Politie.'),
    ]);
    expect(ids(search(index, 'politie'))).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('puts a shorter paragraph first, and a rarer word counts for more', () => {
    const index = indexOf([
      paragraph(1, 'De politie heeft in dit jaar veel zaken en dossiers behandeld.'),
      paragraph(2, 'De politie.'),
      paragraph(3, 'De politie en Europol.'),
    ]);
    expect(ids(search(index, 'politie'))).toEqual(['p-2', 'p-3', 'p-1']);
    expect(ids(search(index, 'dossiers politie'))[0]).toBe('p-1');
  });

  it('finds the best few among hundreds of matching paragraphs', () => {
    const docs = Array.from({ length: 260 }, (_, i) =>
      paragraph(i, `Politie en ${'nog meer woorden '.repeat(1 + (i % 7))}.`),
    );
    docs[200] = paragraph(200, 'Politie, politie.');
    docs[201] = paragraph(201, 'Politie.');
    const index = indexOf(docs);
    expect(ids(search(index, 'politie', { limit: 2 }))).toEqual(['p-200', 'p-201']);
    expect(search(index, 'politie', { limit: 250 })).toHaveLength(250);
  });

  it('prefers the words standing closest, and gives no bonus to a single word', () => {
    const index = indexOf([
      paragraph(1, 'Meldknop is er, en verder gaat het hier over iets anders, online.'),
      paragraph(2, 'Meldknop is er, en verder gaat het online over iets anders, hier.'),
      paragraph(3, 'Online meldknop is er, en verder gaat het hier over iets anders.'),
    ]);
    expect(ids(search(index, 'online meldknop'))).toEqual(['p-3', 'p-2', 'p-1']);
    const single = search(index, 'meldknop');
    expect(single.map((r) => r.score)).toEqual([
      single[0]?.score,
      single[0]?.score,
      single[0]?.score,
    ]);
  });

  it('finds where the words stand closest, wherever that is in the paragraph', () => {
    const index = indexOf([
      paragraph(1, 'Online p q r meldknop s t v online.'),
      paragraph(2, 'Online p q r s t v meldknop online.'),
      paragraph(3, 'Meldknop online p q r s t v meldknop.'),
      paragraph(4, 'Online p meldknop.'),
      paragraph(5, 'Online meldknop p.'),
    ]);
    expect(ids(search(index, 'online meldknop', { limit: 1 }))).toEqual(['p-5']);
    const [best, next, first, second, third] = search(index, 'online meldknop');
    expect([best?.paragraphId, next?.paragraphId]).toEqual(['p-5', 'p-4']);
    expect([first, second].map((r) => r?.paragraphId).sort()).toEqual(['p-2', 'p-3']);
    expect(first?.score).toBeCloseTo(second?.score as number);
    expect(third?.paragraphId).toBe('p-1');
  });

  it('checks a phrase with stop words against the text, wherever it stands', () => {
    const index = indexOf([
      paragraph(1, 'De lead heeft het onderzoek.'),
      paragraph(2, 'Heeft de lead het onderzoek?'),
      paragraph(3, 'Het onderzoek: de lead heeft het.'),
      paragraph(4, 'Een lead heeft het onderzoek.'),
    ]);
    expect(ids(search(index, '"de lead heeft"'))).toEqual(['p-1', 'p-3']);
    expect(ids(search(index, '"van de"'))).toEqual([]);
    expect(ids(search(index, '"het onderzoek"'))).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(ids(search(index, '"lead heeft het onderzoek"'))).toEqual(['p-1', 'p-4']);
    expect(ids(search(index, '"de onbekend"'))).toEqual([]);
    expect(ids(search(index, 'onderzoek "het onderzoek"'))).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });

  it('weighs a guessed word by the rarity of the word meant, not of the guess', () => {
    const index = indexOf([
      paragraph(1, 'Weer encryptie.'),
      paragraph(2, 'Weer encryptie.'),
      paragraph(3, 'Weer encryptie.'),
      paragraph(4, 'Weer decryptie.'),
    ]);
    // Scored by its own rarity, the one "decryptie" would beat the closer "encryptie".
    expect(ids(search(index, 'encriptie'))).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });
});

describe('ranking among many', () => {
  it('finds the best few among hundreds of paragraphs holding a phrase', () => {
    const docs = Array.from({ length: 260 }, (_, i) =>
      paragraph(i, `De online meldknop en ${'nog meer woorden '.repeat(2 + (i % 5))}.`),
    );
    docs[250] = paragraph(250, 'Online meldknop.');
    const index = indexOf(docs);
    expect(ids(search(index, '"online meldknop"', { limit: 2 }))[0]).toBe('p-250');
  });

  it('finds a phrase with stop words even among hundreds of near misses that score higher', () => {
    const docs = Array.from({ length: 230 }, (_, i) => paragraph(i, 'Een lead heeft.'));
    docs.push(paragraph(230, 'De lead heeft het onderzoek naar de zaak in handen gekregen.'));
    const index = indexOf(docs);
    expect(ids(search(index, '"de lead heeft"'))).toEqual(['p-230']);
  });

  it('finds a phrase where its first word also stands elsewhere', () => {
    const index = indexOf([
      paragraph(1, 'Online is veel te vinden; er is een online meldknop.'),
      paragraph(2, 'Een meldknop, online.'),
    ]);
    expect(ids(search(index, '"online meldknop"'))).toEqual(['p-1']);
  });
});

describe('weighing the words', () => {
  it('puts a paragraph with all the words before one that repeats only some', () => {
    const index = indexOf([
      paragraph(1, 'Capaciteit, capaciteit.'),
      paragraph(2, 'De capaciteit bij de politie in het hele land was groot genoeg en meer.'),
      paragraph(3, 'Politie.'),
      paragraph(4, 'Politie.'),
    ]);
    expect(ids(search(index, 'capaciteit politie'))[0]).toBe('p-2');
  });

  it('counts a rarer word for more than a common one', () => {
    const index = indexOf([
      paragraph(1, 'Politie hier.'),
      paragraph(2, 'Politie daar.'),
      paragraph(3, 'Dossiers ginds.'),
    ]);
    expect(ids(search(index, 'politie dossiers'))).toEqual(['p-3', 'p-1', 'p-2']);
  });

  it('weighs a word the letters contain by its own rarity, not that of its completions', () => {
    const index = indexOf([
      paragraph(1, 'Politie hier.'),
      paragraph(2, 'Start hier.'),
      paragraph(3, 'Politie daar.'),
      ...Array.from({ length: 5 }, (_, i) => paragraph(4 + i, 'Starters ginds.')),
    ]);
    expect(ids(search(index, 'start politie'))[0]).toBe('p-2');
  });

  it('weighs a guessed word no more than the commonest word it may stand for', () => {
    const index = indexOf([
      ...Array.from({ length: 3 }, (_, i) => paragraph(i, 'Weer encryptie.')),
      paragraph(3, 'Weer decryptie.'),
      ...Array.from({ length: 5 }, (_, i) => paragraph(4 + i, 'Weer politie.')),
      ...Array.from({ length: 11 }, (_, i) => paragraph(9 + i, 'Weer iets.')),
    ]);
    expect(ids(search(index, 'encriptie politie'))[0]).toBe('p-4');
  });

  it('scores a paragraph holding a word and its completion by the best of the two', () => {
    const many = ' startpunt'.repeat(6);
    const index = indexOf([paragraph(1, `Start,${many}.`), paragraph(2, `Einde,${many}.`)]);
    const [first, second] = search(index, 'start');
    expect(first?.score).toBeCloseTo(second?.score as number);
  });

  it('lends a heading once to a paragraph that holds its word only weakly', () => {
    const filler = ' en verder nog veel meer woorden over het onderwerp'.repeat(5);
    const index = indexOf([
      { ...paragraph(0, 'Encryptie'), kind: 'section' },
      paragraph(1, `Encryptie${filler}.`),
      paragraph(2, `Decryptie${filler}.`),
      ...Array.from({ length: 20 }, (_, i) => paragraph(10 + i, 'Kort.', { sectionId: 'elders' })),
    ]);
    const results = search(index, 'encryptie');
    const score = (id: string) => results.find((r) => r.paragraphId === id)?.score as number;
    expect(score('p-1')).toBeCloseTo(score('p-2'));
  });

  it('scores a word once per paragraph, by its best match there', () => {
    const index = indexOf([paragraph(1, 'Start en startpunt.'), paragraph(2, 'Start en einde.')]);
    const [first, second] = search(index, 'start');
    expect(first?.score).toBeCloseTo(second?.score as number);
  });
});
