import { describe, expect, it } from 'vitest';
import type { Figure } from '@core/compare/curated-model';
import { curatedComparison } from '../../../../data/curated/index';
import { figureDifference, figureValue } from './figure-value';

const figure = (id: string): Figure => {
  const found = curatedComparison.figures.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

describe('a figure’s value', () => {
  it('has a thousands space and a decimal comma, whatever the letter printed', () => {
    expect(figureValue(figure('icse-slachtoffers'))).toBe('2\u00a0900 slachtoffers');
    expect(figureValue(figure('werkvoorraad-2011-q4'))).toBe('1\u00a0113 zaken');
    expect(figureValue(figure('groei-2012-streven'))).toBe('7,5%');
  });

  it('keeps the letter’s qualifier and a number written as a word', () => {
    expect(figureValue(figure('fresno-slachtoffers'))).toBe('meer dan 100 slachtoffers');
    expect(figureValue(figure('icse-landen-aangesloten'))).toBe('ruim tachtig landen');
    expect(figureValue(figure('inhope-een-derde'))).toBe('circa één derde');
  });

  it('gives the change between two figures, in points for percentages', () => {
    expect(
      figureDifference(figure('werkvoorraad-2011-q4'), figure('werkvoorraad-2012-q2')),
    ).toEqual({ absolute: '−311', relative: '−27,9%' });
    expect(figureDifference(figure('groei-2012-streven'), figure('groei-2014-streven'))).toEqual({
      absolute: '+17,5',
    });
  });
});
