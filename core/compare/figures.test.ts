import { describe, expect, it } from 'vitest';
import type { Table } from '../corpus/model';
import type { Figure, Figures } from './curated-model';
import {
  checkFigure,
  checkFigures,
  dateSortKey,
  figureCharts,
  figureComparisons,
  numbersIn,
  printedColumnLabel,
  printedValue,
  resolveFigureSource,
} from './figures';
import { loadLetters } from '../../data/build/load-letters';
import { curatedComparison } from '../../data/curated/index';
import { sketchLetter } from './letters.testing';

const table: Table = {
  id: 'figuur-1',
  kind: 'figure',
  caption: 'Figuur 1',
  title: 'Prestatieafspraken',
  page: 1,
  sectionId: 'prestaties',
  afterParagraphId: 'prestaties-1',
  rows: [
    ['', 'Streven', 'Gehaald'],
    ['2012', '511 (+7,5%)', '507 (+6,7%)'],
  ],
  series: [],
  chart: 'grouped-bar',
  notes: [],
};
const letter = sketchLetter(
  90,
  [
    {
      id: 'prestaties',
      title: 'Prestaties',
      paragraphs: [
        'Bij aanvang bedroeg de werkvoorraad 1 113 zaken. Er zijn vier Officieren van Justitie aangetrokken.',
        'Een startsubsidie van 250.000 euro.',
        'Er zijn meer dan 100 slachtoffers geïdentificeerd.',
        'In 2012 zijn ruim 12 zaken aangebracht, met een tweede team.',
      ],
    },
  ],
  [table],
);

const figure = (overrides: Partial<Figure>): Figure => ({
  id: 'werkvoorraad',
  label: 'Werkvoorraad',
  value: 1113,
  unit: 'zaken',
  referenceDate: '2012-01-01',
  source: { letterId: 'kst-31015-90', quote: 'bedroeg de werkvoorraad 1 113 zaken' },
  group: 'werkvoorraad',
  series: 'Werkvoorraad',
  reason: 'Een cijfer voor de test.',
  ...overrides,
});

describe('checkFigure', () => {
  it('accepts a number the source prints with a thousands space or a dot', () => {
    expect(checkFigure([letter], figure({}))).toBeNull();
    expect(
      checkFigure(
        [letter],
        figure({
          value: 250000,
          source: { letterId: 'kst-31015-90', quote: 'startsubsidie van 250.000' },
        }),
      ),
    ).toBeNull();
  });

  it('rejects a number the source does not print', () => {
    expect(checkFigure([letter], figure({ value: 1114 }))).toMatch(
      /^werkvoorraad: 1114 staat niet in de bron/,
    );
  });

  it('rejects a quote that states a neighbouring number of the same paragraph, not its own', () => {
    // The paragraph prints 1 113, but this quote stops before it.
    const quote = 'Bij aanvang bedroeg de werkvoorraad';
    expect(checkFigure([letter], figure({ source: { letterId: 'kst-31015-90', quote } }))).toMatch(
      /^werkvoorraad: 1113 staat niet in de bron \("Bij aanvang/,
    );
  });

  it('reads a table cell, decimals with a comma', () => {
    const cell = figure({
      value: 6.7,
      source: { letterId: 'kst-31015-90', tableId: 'figuur-1', row: 1, column: 2 },
    });
    expect(checkFigure([letter], cell)).toBeNull();
    expect(checkFigure([letter], { ...cell, value: 7.5 })).toMatch(/7,5 staat niet in de bron/);
    expect(
      checkFigure([letter], { ...cell, source: { ...cell.source, row: 5 } as Figure['source'] }),
    ).toMatch(/geen cel in rij 5/);
  });

  it('requires the qualifier the letter prints before the number, and only that one', () => {
    const victims = figure({
      value: 100,
      source: { letterId: 'kst-31015-90', quote: 'meer dan 100 slachtoffers' },
    });
    expect(checkFigure([letter], victims)).toBe(
      'werkvoorraad: de bron zegt "meer dan 100"; neem "meer dan" op als qualifier',
    );
    expect(checkFigure([letter], { ...victims, qualifier: 'meer dan' })).toBeNull();
    expect(checkFigure([letter], { ...victims, qualifier: 'ruim' })).toMatch(
      /de bron zegt "meer dan 100"/,
    );
    expect(checkFigure([letter], figure({ qualifier: 'circa' }))).toBe(
      'werkvoorraad: de bron zegt niet "circa 1 113"',
    );
  });

  it('accepts a number word only when it stands in the source and means the value', () => {
    const word = figure({
      value: 4,
      printed: 'vier',
      source: { letterId: 'kst-31015-90', quote: 'vier Officieren van Justitie' },
    });
    expect(checkFigure([letter], word)).toBeNull();
    expect(checkFigure([letter], { ...word, value: 5 })).toBe('werkvoorraad: "vier" is 4, niet 5');
    expect(checkFigure([letter], { ...word, printed: 'vijf' })).toBe(
      'werkvoorraad: "vijf" staat niet in de bron',
    );
  });

  it('takes a number word from the quoted words themselves, whole, in any case', () => {
    const word = figure({
      value: 4,
      printed: 'Vier',
      source: { letterId: 'kst-31015-90', quote: 'vier Officieren van Justitie' },
    });
    expect(checkFigure([letter], word)).toBeNull();
    // The paragraph prints "vier", but not in the words this figure cites.
    const elsewhere = { letterId: 'kst-31015-90', quote: 'bedroeg de werkvoorraad 1 113 zaken' };
    expect(checkFigure([letter], { ...word, source: elsewhere })).toBe(
      'werkvoorraad: "Vier" staat niet in de bron',
    );
    const second = { letterId: 'kst-31015-90', quote: 'met een tweede team' };
    expect(checkFigure([letter], { ...word, value: 2, printed: 'twee', source: second })).toBe(
      'werkvoorraad: "twee" staat niet in de bron',
    );
    expect(checkFigure([letter], { ...word, printed: 'Officieren' })).toBe(
      'werkvoorraad: onbekend getalwoord "Officieren"',
    );
    expect(checkFigure([letter], { ...word, qualifier: 'circa' })).toBe(
      'werkvoorraad: de bron zegt niet "circa vier"',
    );
  });

  it('reads the qualifier before the figure’s own number, not before the same digits in a year', () => {
    const cases = figure({
      value: 12,
      qualifier: 'ruim',
      source: { letterId: 'kst-31015-90', quote: 'In 2012 zijn ruim 12 zaken' },
    });
    expect(checkFigure([letter], cases)).toBeNull();
    expect(checkFigure([letter], { ...cases, qualifier: undefined })).toBe(
      'werkvoorraad: de bron zegt "ruim 12"; neem "ruim" op als qualifier',
    );
  });

  it('names the source that does not exist', () => {
    const cell = { letterId: 'kst-31015-90', tableId: 'figuur-1', row: 1, column: 2 };
    const check = (source: Figure['source'], letters = [letter]) =>
      checkFigure(letters, figure({ source }));
    expect(check({ ...cell, letterId: 'kst-31015-99' })).toBe(
      'werkvoorraad: brief kst-31015-99 bestaat niet',
    );
    expect(check({ letterId: 'kst-31015-99', quote: 'de werkvoorraad 1 113' })).toBe(
      'werkvoorraad: brief kst-31015-99 bestaat niet',
    );
    expect(check({ ...cell, tableId: 'figuur-9' })).toBe(
      'werkvoorraad: tabel figuur-9 bestaat niet in kst-31015-90',
    );
    expect(check({ ...cell, column: 3 })).toBe(
      'werkvoorraad: tabel figuur-1 heeft geen cel in rij 1, kolom 3',
    );
    const adrift = { ...letter, tables: [{ ...table, afterParagraphId: 'prestaties-9' }] };
    expect(check(cell, [adrift])).toBe(
      'werkvoorraad: tabel figuur-1 volgt op een onbekende alinea',
    );
  });
});

describe('resolveFigureSource', () => {
  it('leads a quoted figure of the real letters to the paragraph that prints it', () => {
    const letters = loadLetters().letters;
    const august = curatedComparison.figures.figures.find(
      (f) => f.id === 'vliegende-start-augustus',
    );
    if (!august) throw new Error('the curated figures must hold Vliegende Start in August 2012');
    const found = resolveFigureSource(letters, august);
    expect(found.ok && [found.letter.id, found.paragraph.sectionId, found.table]).toEqual([
      'kst-31015-81',
      'project-vliegende-start',
      undefined,
    ]);
    expect(found.ok && found.text).toContain('Op 1 augustus 2012 waren dit er nog 205');
    expect(checkFigure(letters, { ...august, value: 250 })).toBe(
      'vliegende-start-augustus: 250 staat niet in de bron ("Op 1 augustus 2012 waren dit er nog 205…")',
    );
    const long = curatedComparison.figures.figures.find((f) => f.id === 'werkvoorraad-2011-q4');
    const quote = long && 'quote' in long.source ? long.source.quote : '';
    expect(quote.length).toBeGreaterThan(80);
    expect(long && checkFigure(letters, { ...long, value: 1 })).toBe(
      `werkvoorraad-2011-q4: 1 staat niet in de bron ("${quote.slice(0, 80)}…")`,
    );
  });

  it('leads a table cell to the paragraph the table follows', () => {
    const found = resolveFigureSource(
      [letter],
      figure({
        value: 507,
        source: { letterId: 'kst-31015-90', tableId: 'figuur-1', row: 1, column: 2 },
      }),
    );
    expect(found.ok && [found.paragraph.id, found.table?.id, found.text]).toEqual([
      'prestaties-1',
      'figuur-1',
      '507 (+6,7%)',
    ]);
  });
});

describe('checkFigures', () => {
  it('reports a figure whose unit differs from its group and a group without figures', () => {
    const data: Figures = {
      groups: [
        {
          id: 'werkvoorraad',
          title: 'Werkvoorraad',
          unit: 'zaken',
          reason: 'Een groep voor de test.',
        },
        { id: 'leeg', title: 'Leeg', unit: 'euro', reason: 'Een lege groep voor de test.' },
      ],
      figures: [figure({ unit: 'verdachten' })],
    };
    expect(checkFigures(data, [letter])).toEqual([
      'werkvoorraad: eenheid verdachten, groep werkvoorraad telt zaken',
      'groep leeg heeft geen cijfers',
    ]);
  });

  it('reports a figure counted twice, in an unknown group, or over a period that ends before it starts', () => {
    const data: Figures = {
      groups: [
        {
          id: 'werkvoorraad',
          title: 'Werkvoorraad',
          unit: 'zaken',
          reason: 'Een groep voor de test.',
        },
      ],
      figures: [
        figure({ referenceDate: '2012-10-24', referenceEnd: '2012-10-24' }),
        figure({ referenceDate: '2012-10', referenceEnd: '2012-10-01' }),
        figure({ id: 'elders', group: 'elders' }),
        figure({ id: 'fout', value: 1114 }),
      ],
    };
    expect(checkFigures(data, [letter])).toEqual([
      'werkvoorraad: komt twee keer voor',
      'werkvoorraad: periode eindigt voor zij begint',
      'elders: groep elders bestaat niet',
      'fout: 1114 staat niet in de bron ("bedroeg de werkvoorraad 1 113 zaken…")',
    ]);
  });
});

describe('figureCharts', () => {
  it('groups figures into series in time order', () => {
    const data: Figures = {
      groups: [
        {
          id: 'verdachten',
          title: 'Verdachten',
          unit: 'verdachten',
          reason: 'Een groep voor de test.',
        },
      ],
      figures: [
        figure({
          id: 's2014',
          group: 'verdachten',
          unit: 'verdachten',
          series: 'Streven',
          referenceDate: '2014',
          value: 594,
        }),
        figure({
          id: 's2012',
          group: 'verdachten',
          unit: 'verdachten',
          series: 'Streven',
          referenceDate: '2012',
          value: 511,
        }),
        figure({
          id: 'g2012',
          group: 'verdachten',
          unit: 'verdachten',
          series: 'Gehaald',
          referenceDate: '2012',
          value: 507,
        }),
      ],
    };
    const [chart] = figureCharts(data);
    expect(chart?.dates).toEqual(['2012', '2014']);
    expect(chart?.series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
      ['Streven', [511, 594]],
      ['Gehaald', [507]],
    ]);
    expect(chart?.letterIds).toEqual(['kst-31015-90']);
  });
});

describe('figureComparisons', () => {
  const group = (id: string, extra: Partial<Figures['groups'][number]> = {}) => ({
    id,
    title: id,
    unit: 'zaken',
    reason: 'Een groep voor de test.',
    ...extra,
  });
  const point = (
    id: string,
    groupId: string,
    series: string,
    referenceDate: string,
    value: number,
  ) => figure({ id, group: groupId, series, referenceDate, value });

  it('draws a line over time, bars for one date, and none for a single value, a total beside its parts or separate series', () => {
    const data: Figures = {
      groups: [
        group('enkel'),
        group('lijn'),
        group('staaf'),
        group('totaal'),
        group('apart', { separate: true }),
        group('totaal-alleen'),
      ],
      figures: [
        point('e', 'enkel', 'Zaken', '2012', 480),
        point('l1', 'lijn', 'Zaken', '2012-08-01', 205),
        point('l2', 'lijn', 'Zaken', '2012-01-01', 1113),
        point('s1', 'staaf', 'Verspreiding', '2012', 11.3),
        point('s2', 'staaf', 'Productie', '2012', 7.9),
        point('t1', 'totaal', 'Regionaal', '2012-10-01', 110),
        { ...point('t2', 'totaal', 'Totaal', '2012-10-01', 150), total: true },
        point('a1', 'apart', 'Fresno', '2013-05', 100),
        point('a2', 'apart', 'ICSE', '2012-12', 2900),
        { ...point('to1', 'totaal-alleen', 'Totaal', '2012', 20), total: true },
        { ...point('to2', 'totaal-alleen', 'Totaal', '2013', 27), total: true },
      ],
    };
    const shown = figureComparisons(data).map((c) => [c.group.id, c.chart, c.noChart]);
    expect(shown).toEqual([
      ['lijn', 'line', undefined],
      ['totaal-alleen', 'line', undefined],
      ['enkel', null, 'single-value'],
      ['staaf', 'bar', undefined],
      ['totaal', null, 'total-and-parts'],
      ['apart', null, 'separate-series'],
    ]);
  });

  it('leads with a figure both letters report or one figure at two dates, and gives its first and last value', () => {
    const data: Figures = {
      groups: [group('enkel'), group('beide'), group('verloop')],
      figures: [
        point('e', 'enkel', 'Zaken', '2012', 480),
        {
          ...point('b1', 'beide', 'Streven', '2014', 25),
          source: { letterId: 'kst-31015-81', quote: 'eind 2014 25% meer verdachten' },
        },
        point('b2', 'beide', 'Streven volgens nr. 90', '2014', 25),
        point('v3', 'verloop', 'Zaken', '2012-Q2', 802),
        point('v1', 'verloop', 'Zaken', '2011-Q4', 1113),
        point('v2', 'verloop', 'Zaken', '2012-Q1', 1017),
      ],
    };
    const comparisons = figureComparisons(data);
    expect(comparisons.map((c) => [c.group.id, c.lead])).toEqual([
      ['beide', true],
      ['verloop', true],
      ['enkel', false],
    ]);
    expect(comparisons[0]?.changes).toEqual([]);
    expect(
      comparisons[1]?.changes.map((c) => [
        c.series,
        c.from.referenceDate,
        c.from.value,
        c.to.value,
      ]),
    ).toEqual([['Zaken', '2011-Q4', 1113, 802]]);
  });
});

describe('printedColumnLabel', () => {
  it('is null for a figure quoted from a paragraph, or from a table that prints its labels as they are', () => {
    expect(printedColumnLabel([letter], figure({}))).toBeNull();
    const cell = figure({
      source: { letterId: 'kst-31015-90', tableId: 'figuur-1', row: 1, column: 2 },
    });
    expect(printedColumnLabel([letter], cell)).toBeNull();
    const elsewhere = (source: Partial<typeof cell.source>) =>
      printedColumnLabel([letter], {
        ...cell,
        source: { ...cell.source, ...source } as Figure['source'],
      });
    expect(elsewhere({ letterId: 'kst-31015-99' })).toBeNull();
    expect(elsewhere({ tableId: 'figuur-9' })).toBeNull();
  });
});

describe('dateSortKey and numbersIn', () => {
  it('orders years, quarters and days on one line, a year or quarter at its middle', () => {
    const dates = ['2012-08-01', '2012-Q2', '2012', '2011-Q4'];
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '2011-Q4',
      '2012-Q2',
      '2012',
      '2012-08-01',
    ]);
    const summer = ['2012-08-01', '2012', '2012-06-01'];
    expect(summer.sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '2012-06-01',
      '2012',
      '2012-08-01',
    ]);
    // A month sorts at its middle, among its own days.
    const october = ['2012-10-24', '2012-10', '2012-10-01', '2012-Q4'];
    expect(october.sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '2012-10-01',
      '2012-10',
      '2012-10-24',
      '2012-Q4',
    ]);
  });

  it('normalises printed numbers', () => {
    expect([...numbersIn('van +7,5% in 2012 tot 1 065 zaken en 75.000 euro')]).toEqual([
      '7,5',
      '2012',
      '1065',
      '75000',
    ]);
  });
});

describe('printedValue', () => {
  it('gives the number as the letter spells it', () => {
    const text = 'de werkvoorraad 1 113 zaken en 250.000 euro, +7,5%';
    expect(printedValue(text, { value: 1113 })).toBe('1 113');
    expect(printedValue(text, { value: 250000 })).toBe('250.000');
    expect(printedValue(text, { value: 7.5 })).toBe('7,5');
    expect(printedValue(text, { value: 4, printed: 'vier' })).toBe('vier');
    expect(printedValue(text, { value: 12 })).toBeNull();
  });
});
