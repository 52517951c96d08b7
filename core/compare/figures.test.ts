import { describe, expect, it } from 'vitest';
import type { Table } from '../corpus/model';
import type { Figure, Figures } from './curated-model';
import {
  checkFigure,
  checkFigures,
  dateSortKey,
  figureCharts,
  numbersIn,
  printedValue,
  resolveFigureSource,
} from './figures';
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
});

describe('resolveFigureSource', () => {
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
