import { describe, expect, it } from 'vitest';
import corpus from 'virtual:naslag/corpus';
import { translate } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { nl } from '../../i18n/nl';
import { chartSummary } from './chart-summary';

const t: Translate = (key, ...args) => translate(nl, key, ...args);
const tables = corpus.letters.flatMap((letter) => letter.tables);
const table = (id: string) => {
  const found = tables.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the corpus lacks table ${id}`);
  return found;
};

describe('chartSummary', () => {
  it('describes a trend by its first, last, highest and lowest value', () => {
    expect(chartSummary(t, table('werkvoorraad-per-kwartaal'))).toBe(
      'Lijngrafiek bij Werkvoorraad kinderpornografiezaken bij de politie per kwartaal, 4e kwartaal 2009 tot en met 2e kwartaal 2012. ' +
        'Werkvoorraad (zaken): van 809 (4e kw. 2009) tot 802 (2e kw. 2012); hoogste 1\u00a0113 (4e kw. 2011), laagste 605 (2e kw. 2010). ' +
        'De cijfers staan ook in de tabel.',
    );
  });

  it('names every bar, and says where a year has no value', () => {
    const summary = chartSummary(t, table('figuur-1'));
    expect(summary).toContain('Staafdiagram bij Figuur 1');
    expect(summary).toContain('Streven: geen waarde (2010), 511 (2012), 546 (2013) en 594 (2014)');
    expect(summary).toContain(
      'Gehaald: 475 (2010), 507 (2012), geen waarde (2013) en geen waarde (2014)',
    );
  });

  it('writes shares as Dutch percentages', () => {
    expect(chartSummary(t, table('figuur-2'))).toContain(
      '11,3% (Verspreiding), 7,9% (Productie) en 15,6% (Misbruik)',
    );
  });
});
