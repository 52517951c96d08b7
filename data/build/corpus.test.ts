// The built corpus of the two bundled letters, checked against what the
// printed letters say: pages, headings, footnotes, wording and figures.
import { describe, expect, it } from 'vitest';
import type { Letter } from '../../core/corpus/model';
import { loadLetters } from './load-letters';

const corpus = loadLetters();
const letter = (nr: number): Letter => {
  const found = corpus.letters.find((l) => l.nr === nr);
  if (!found) throw new Error(`nr. ${nr} missing`);
  return found;
};
const nr81 = letter(81);
const nr90 = letter(90);
const paragraphWith = (l: Letter, words: string) => {
  const found = l.paragraphs.find((p) => p.text.includes(words));
  if (!found) throw new Error(`No paragraph of nr. ${l.nr} contains "${words}"`);
  return found;
};
const table = (l: Letter, id: string) => {
  const found = l.tables.find((t) => t.id === id);
  if (!found) throw new Error(`No table ${id} in nr. ${l.nr}`);
  return found;
};
const value = (l: Letter, id: string, series: string, label: string) =>
  table(l, id)
    .series.find((s) => s.label === series)
    ?.points.find((p) => p.label === label)?.value;

describe('the metadata', () => {
  it('gives both letters their official identity', () => {
    expect(corpus.letters.map((l) => [l.id, l.dossier, l.nr, l.date, l.vergaderjaar])).toEqual([
      ['kst-31015-81', '31 015', 81, '2012-10-02', '2012–2013'],
      ['kst-31015-90', '31 015', 90, '2013-05-06', '2012–2013'],
    ]);
    for (const l of corpus.letters) {
      expect(l.identifier).toBe(`https://zoek.officielebekendmakingen.nl/${l.id}`);
      expect(l.dossierTitle).toBe('Kindermishandeling');
      expect(l.senderName).toBe('I.W. Opstelten');
    }
  });

  it('finds nr. 90 under its April name but takes its number and date from nr. 95', () => {
    expect(nr90.aliases).toEqual(expect.arrayContaining(['april 2013', 'aprilbrief']));
    expect(nr90.provenance.date?.source).toMatch(/31 015, nr\. 95.*12 december 2013/);
    expect(nr90.provenance.nr?.source).toMatch(/31 015, nr\. 95/);
  });

  it('records where every metadata fact comes from', () => {
    const facts = [
      'dossier',
      'dossierTitle',
      'nr',
      'vergaderjaar',
      'date',
      'sender',
      'senderName',
      'title',
      'aliases',
    ];
    for (const l of corpus.letters)
      expect(Object.keys(l.provenance)).toEqual(expect.arrayContaining(facts));
  });
});

describe('pages', () => {
  it('counts the printed pages', () => {
    expect([nr81.pageCount, nr90.pageCount]).toEqual([5, 10]);
  });

  it('keeps the chart of nr. 81 on page 2 and starts page 3 before "Ook in de toekomst"', () => {
    expect(table(nr81, 'werkvoorraad-per-kwartaal').page).toBe(2);
    expect(paragraphWith(nr81, 'Sinds januari van dit jaar').page).toBe(2);
    expect(paragraphWith(nr81, 'Ook in de toekomst').page).toBe(3);
  });

  it('does not start a page after the figures of nr. 90', () => {
    expect(paragraphWith(nr90, 'Gezien de bovengenoemde omstandigheden').page).toBe(2);
    expect(paragraphWith(nr90, 'Tussen de bovenstaande categorieën').page).toBe(2);
    expect(paragraphWith(nr90, 'Tussen de bovenstaande categorieën').pageEnd).toBe(3);
  });

  it('marks where a page starts inside a paragraph; inside a broken word, at the word’s start', () => {
    const vgt = paragraphWith(nr90, 'Virtual Global Taskforce');
    expect([vgt.page, vgt.pageEnd]).toEqual([5, 6]);
    const [pageBreak] = vgt.pageBreaks;
    expect(pageBreak?.page).toBe(6);
    expect(vgt.text.slice(pageBreak?.offset)).toMatch(
      /^mogelijkheden om met diverse internationale partners/,
    );
    expect(vgt.text).toContain('biedt extra mogelijkheden om');

    const libido = paragraphWith(
      nr81,
      'Tijdens het AO van 2 februari 2012 heb ik uw Kamer toegezegd om terug',
    );
    expect(libido.text.slice(libido.pageBreaks[0]?.offset)).toMatch(
      /^departement dan ook om zeer terughoudend/,
    );
  });

  it('drops the running footer of nr. 81', () => {
    for (const p of nr81.paragraphs) expect(p.text).not.toContain('Tweede Kamer, vergaderjaar');
  });
});

describe('sections', () => {
  const outline = (l: Letter) => l.sections.map((s) => `${s.level === 2 ? '  ' : ''}${s.id}`);

  it('nests the results of the national approach in nr. 81', () => {
    expect(outline(nr81)).toEqual([
      'opening',
      'landelijke-inrichting-aanpak-kinderpornografie',
      '  landelijke-sturing-en-extra-capaciteit-bij-het-om',
      '  uitbreiding-politiecapaciteit',
      '  start-opleiding-kinderpornorechercheurs',
      '  landelijke-stuur-en-weeggroep',
      '  project-vliegende-start',
      '  werkvoorraad',
      'pilot-leaseweb',
      'chemische-castratie-libidoremmende-middelen',
      'virtuele-kinderpornografie',
      'encryptie',
      'landelijke-en-europese-database',
      'ondertekening',
    ]);
  });

  it('nests the performance and child sex tourism headings in nr. 90', () => {
    const children = (parent: string) =>
      nr90.sections.filter((s) => s.parentId === parent).map((s) => s.title);
    expect(children('prestaties-landelijke-inrichting')).toEqual([
      'Prestatieafspraken',
      'Focusverschuiving',
      'Fresno',
    ]);
    expect(children('kindersekstoerisme')).toEqual([
      'Actiedagen op Schiphol',
      'Vervolgcampagne kindersekstoerisme',
      'Vervolgingsonderzoeken in Nederland',
      'Police liaison officers',
      'Criminaliteitsbeeldanalyse (CBA) Kindersekstoerisme',
      'Internationale samenwerking',
    ]);
    expect(nr90.sections.filter((s) => s.level === 1)).toHaveLength(13);
  });

  it('finds the heading that follows a paragraph without a blank line, on a new page', () => {
    const section = nr81.sections.find((s) => s.id === 'uitbreiding-politiecapaciteit');
    expect(section?.page).toBe(2);
    expect(paragraphWith(nr81, 'OM-organisatie').text).toMatch(/volledig operationeel\.$/);
  });

  it('gives the untitled opening and the sign-off their own sections', () => {
    for (const l of [nr81, nr90]) {
      expect(l.sections[0]).toMatchObject({ id: 'opening', printed: false });
      expect(l.sections.at(-1)).toMatchObject({ id: 'ondertekening', printed: false });
    }
  });
});

describe('paragraphs', () => {
  it('numbers paragraphs within their section and through the letter', () => {
    for (const l of corpus.letters) {
      expect(l.paragraphs.map((p) => p.n)).toEqual(l.paragraphs.map((_, i) => i + 1));
      expect(new Set(l.paragraphs.map((p) => p.id)).size).toBe(l.paragraphs.length);
      for (const p of l.paragraphs) expect(p.id).toMatch(new RegExp(`^${p.sectionId}-\\d+$`));
    }
  });

  it('separates paragraphs that follow each other without a blank line', () => {
    expect(paragraphWith(nr81, 'Onlangs is de publiek-private pilot').text).toMatch(
      /leerpunten heeft opgeleverd\.$/,
    );
    expect(paragraphWith(nr81, 'De pilot heeft, na het overwinnen').text).toMatch(
      /^De pilot heeft/,
    );
    expect(paragraphWith(nr90, 'De VGT is een internationaal').text).toMatch(/^Verder is in 2003/);
    expect(paragraphWith(nr90, 'Ook Twitter heeft een strikt beleid').page).toBe(7);
  });

  it('keeps the dateline and the sign-off apart', () => {
    expect(nr81.paragraphs[0]).toMatchObject({
      kind: 'dateline',
      text: 'Den Haag, 2 oktober 2012',
      sectionId: 'opening',
    });
    expect(nr90.paragraphs.filter((p) => p.kind === 'dateline')).toEqual([]);
    expect(nr81.paragraphs.at(-1)).toMatchObject({
      kind: 'signoff',
      sectionId: 'ondertekening',
      text: 'De minister van Veiligheid en Justitie,\nI. W. Opstelten',
    });
    expect(nr90.paragraphs.at(-1)?.text).toBe(
      'De minister van Veiligheid en Justitie,\nI.W. Opstelten',
    );
  });

  it('joins the typesetter’s hyphens and keeps the real ones', () => {
    const text81 = nr81.paragraphs.map((p) => p.text).join('\n');
    const text90 = nr90.paragraphs.map((p) => p.text).join('\n');
    for (const words of [
      'verspreiders van kinderpornografie.',
      'verander- en verbetertrajecten',
      'tactische stuurploeg geplaatst',
      'bovenregionale rechercheteams',
      'OM-organisatie',
      'TBS-behandeling',
      'publiek-private pilot',
      'binnen- en buitenland',
      'beleids- en wetgevingskader',
      '«In-4-mation»',
      'evident niet-levensechte',
      'peer-to-peer-verbindingen',
      'regionale politie-eenheden',
    ]) {
      expect(text81).toContain(words);
    }
    for (const words of [
      'Algemeen Overleg Kinderpornografie van 20 december 2012',
      'verander- en verbetertrajecten',
      'aanloop- en opstartperiode',
      'stuur- en weegploeg',
      'Peer-to-Peer-netwerken',
      'het oorspronkelijke onderzoeksteam',
      'Meldpunt Kinderporno op Internet gevraagd',
      'extra mogelijkheden',
    ]) {
      expect(text90).toContain(words);
    }
    const suspended = [...`${text81}\n${text90}`.matchAll(/\p{L}- (\S+)/gu)].map(
      (match) => match[1],
    );
    expect(new Set(suspended)).toEqual(new Set(['en']));
  });

  it('keeps the letters’ own wording, errors included', () => {
    expect(paragraphWith(nr90, 'Mondelingen vragen van het lid Hilkens').kind).toBe('body');
    expect(
      paragraphWith(nr90, 'lid Recourt (PvdA) op 26 maart 2012 heeft de staatssecretaris').kind,
    ).toBe('body');
  });

  it('keeps typographic quotes and accents exactly', () => {
    const all = corpus.letters.flatMap((l) => l.paragraphs.map((p) => p.text)).join('\n');
    for (const printed of [
      '«statement»',
      '«levensecht» of «van echt te onderscheiden»',
      'regio’s',
      'één uniforme werkwijze',
      'gecreëerd',
      'geïnvesteerd',
      'coördinatie',
      'worden geüpload automatisch',
      'barrières',
      'NGO’s',
      'België en Slovenië',
    ]) {
      expect(all).toContain(printed);
    }
  });
});

describe('footnotes', () => {
  const markers = (l: Letter) => l.footnotes.map((f) => `${f.n}@p${f.page}`);

  it('restarts the numbering on every page of nr. 81', () => {
    expect(markers(nr81)).toEqual(['1@p1', '2@p1', '3@p1', '1@p3', '2@p3', '1@p4', '2@p4', '1@p5']);
  });

  it('numbers 1 to 5 through nr. 90', () => {
    expect(markers(nr90)).toEqual(['1@p1', '2@p1', '3@p6', '4@p7', '5@p9']);
  });

  it('puts each marker right after the year it was glued to', () => {
    for (const l of corpus.letters) {
      for (const footnote of l.footnotes) {
        const paragraph = l.paragraphs.find((p) => p.id === footnote.paragraphId);
        expect(paragraph?.text.slice(footnote.offset - 4, footnote.offset)).toMatch(/^20\d\d$/);
      }
    }
    const first = nr81.footnotes[0];
    const opening = nr81.paragraphs.find((p) => p.id === first?.paragraphId);
    expect(opening?.text.slice(0, first?.offset)).toMatch(/op 2 februari 2012$/);
    expect(paragraphWith(nr81, '10 juni 2011 en 27 januari 2012 bericht').id).toBe(
      'landelijke-inrichting-aanpak-kinderpornografie-2',
    );
    expect(paragraphWith(nr90, 'van 27 januari 2012. Via deze online meldknop').id).toBe(
      'online-meldknop-2',
    );
  });
});

describe('tables and figures', () => {
  it('reads the work stock chart of nr. 81 and agrees with the prose', () => {
    const werkvoorraad = table(nr81, 'werkvoorraad-per-kwartaal');
    expect(werkvoorraad).toMatchObject({ caption: null, chart: 'line', sectionId: 'werkvoorraad' });
    expect(werkvoorraad.rows[1]).toEqual([
      '809',
      '779',
      '605',
      '991',
      '770',
      '986',
      '987',
      '1 065',
      '1 113',
      '1 017',
      '802',
    ]);
    expect(
      paragraphWith(
        nr81,
        'Tot en met het einde van het vierde kwartaal van 2011 omvatte de werkvoorraad 1 113 zaken',
      ),
    ).toBeDefined();
    expect(value(nr81, 'werkvoorraad-per-kwartaal', 'Werkvoorraad (zaken)', '4e kw. 2011')).toBe(
      1113,
    );
    expect(
      paragraphWith(nr81, 'einde van het tweede kwartaal 2012 omvatte de werkvoorraad 802 zaken'),
    ).toBeDefined();
    expect(value(nr81, 'werkvoorraad-per-kwartaal', 'Werkvoorraad (zaken)', '2e kw. 2012')).toBe(
      802,
    );
  });

  it('reads Figure 1 of nr. 90 and agrees with the prose', () => {
    const figure = table(nr90, 'figuur-1');
    expect(figure.caption).toBe('Figuur 1: prestatieafspraken politie en OM');
    expect(paragraphWith(nr90, 'de politie 511 verdachten aan moest leveren').id).toBe(
      figure.afterParagraphId,
    );
    expect(paragraphWith(nr90, 'er zijn namelijk 507 verdachten bij het OM aangeleverd').id).toBe(
      figure.afterParagraphId,
    );
    expect(value(nr90, 'figuur-1', 'Streven', '2012')).toBe(511);
    expect(value(nr90, 'figuur-1', 'Gehaald', '2012')).toBe(507);
    const base = value(nr90, 'figuur-1', 'Gehaald', '2010') ?? 0;
    expect(Math.round(base * 1.075)).toBe(511);
    expect(Math.round(base * 1.15)).toBe(value(nr90, 'figuur-1', 'Streven', '2013'));
    expect(Math.round(base * 1.25)).toBe(value(nr90, 'figuur-1', 'Streven', '2014'));
    expect(((507 / base - 1) * 100).toFixed(1)).toBe('6.7');
  });

  it('reads Figure 2 of nr. 90 and agrees with the prose', () => {
    const figure = table(nr90, 'figuur-2');
    expect(figure).toMatchObject({
      caption: 'Figuur 2: focusverschuiving',
      notes: ['N=480 zaken'],
      chart: 'bar',
    });
    expect(paragraphWith(nr90, 'In 2012 zijn 480 zaken met in totaal 507 verdachten').id).toBe(
      figure.afterParagraphId,
    );
    expect(figure.series[0]?.points.map((p) => [p.label, p.value])).toEqual([
      ['Verspreiding', 11.3],
      ['Productie', 7.9],
      ['Misbruik', 15.6],
    ]);
  });
});
