import { describe, expect, it } from 'vitest';
import { formatDutchNumber, formatQualified } from './dutch-number';

describe('formatDutchNumber', () => {
  it('groups thousands with a no-break space, as the letters print them', () => {
    expect(formatDutchNumber(1113)).toBe('1\u00a0113');
    expect(formatDutchNumber(2900)).toBe('2\u00a0900');
    expect(formatDutchNumber(250000)).toBe('250\u00a0000');
    expect(formatDutchNumber(802)).toBe('802');
  });

  it('writes decimals with a comma and drops trailing zeros', () => {
    expect(formatDutchNumber(7.5)).toBe('7,5');
    expect(formatDutchNumber(33.333, { maximumDecimals: 1 })).toBe('33,3');
    expect(formatDutchNumber(15.0)).toBe('15');
    expect(formatDutchNumber(-3.25)).toBe('−3,25');
  });
});

describe('formatQualified', () => {
  it('puts the letter’s qualifier before the value', () => {
    expect(formatQualified(100, 'meer dan')).toBe('meer dan 100');
    expect(formatQualified(1500, 'meer dan')).toBe('meer dan 1\u00a0500');
    expect(formatQualified(80, 'ruim', 'tachtig')).toBe('ruim tachtig');
    expect(formatQualified(507)).toBe('507');
  });
});
