import { describe, expect, it } from 'vitest';
import { parseQuarterSeries } from './quarter-series';
import { parseShares } from './shares';
import { parseTargetVsAchieved } from './target-vs-achieved';

describe('parseQuarterSeries', () => {
  const lines = [
    '4e kwart. 1 2 3 4 1 2 3 4 1 2',
    '2009 2010 2010 2010 2010 2011 2011 2011 2011 2012 2012',
    '809 779 605 991 770 986 987 1 065 1 113 1 017 802',
  ];

  it('labels each column with its quarter and year and keeps the printed counts', () => {
    const table = parseQuarterSeries(lines, 'Werkvoorraad (zaken)');
    expect(table.rows[0]).toHaveLength(11);
    expect(table.rows[0]?.[0]).toBe('4e kw. 2009');
    expect(table.rows[0]?.[10]).toBe('2e kw. 2012');
    expect(table.rows[1]?.[7]).toBe('1 065');
    expect(table.series[0]?.points.map((point) => point.value)).toEqual([
      809, 779, 605, 991, 770, 986, 987, 1065, 1113, 1017, 802,
    ]);
  });

  it('rejects quarters and years that do not follow each other', () => {
    expect(() =>
      parseQuarterSeries(
        [lines[0] ?? '', lines[1]?.replace('2011 2012', '2012 2012') ?? '', lines[2] ?? ''],
        'x',
      ),
    ).toThrow(/does not follow/);
    expect(() => parseQuarterSeries(['4e kwart. 1 3', '2009 2010 2010', '1 2 3'], 'x')).toThrow(
      /does not follow/,
    );
  });
});

describe('parseTargetVsAchieved', () => {
  const table = parseTargetVsAchieved([
    'Streven Gehaald',
    '2010 N.v.t. 475',
    '2012 511 (+7,5%) 507 (+6,7%)',
    '2013 546 (+15%)',
    '2014 594 (+25%)',
  ]);

  it('keeps the cells as printed, empty where the letter prints nothing', () => {
    expect(table.rows).toEqual([
      ['', 'Streven', 'Gehaald'],
      ['2010', 'N.v.t.', '475'],
      ['2012', '511 (+7,5%)', '507 (+6,7%)'],
      ['2013', '546 (+15%)', ''],
      ['2014', '594 (+25%)', ''],
    ]);
  });

  it('gives target and achieved per year, null where there is no number', () => {
    expect(
      table.series.map((series) => [series.label, series.points.map((point) => point.value)]),
    ).toEqual([
      ['Streven', [null, 511, 546, 594]],
      ['Gehaald', [475, 507, null, null]],
    ]);
  });
});

describe('parseShares', () => {
  it('reads the categories, the period, the base and the percentages', () => {
    const table = parseShares([
      'Verspreiding Productie Misbruik',
      '2012',
      '(N=480 zaken)',
      '11,3% 7,9% 15,6%',
    ]);
    expect(table.rows).toEqual([
      ['', 'Verspreiding', 'Productie', 'Misbruik'],
      ['2012', '11,3%', '7,9%', '15,6%'],
    ]);
    expect(table.notes).toEqual(['N=480 zaken']);
    expect(table.series).toEqual([
      {
        label: '2012',
        unit: 'percent',
        points: [
          { label: 'Verspreiding', value: 11.3 },
          { label: 'Productie', value: 7.9 },
          { label: 'Misbruik', value: 15.6 },
        ],
      },
    ]);
  });

  it('rejects a row of percentages that does not fit the categories', () => {
    expect(() => parseShares(['A B C', '2012', '(N=1)', '1% 2%'])).toThrow(
      /Expected 3 percentages/,
    );
  });
});
