import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';
import { en } from './en';
import { translate } from './i18n';
import type { Translate } from './i18n';
import { nl } from './nl';

const dutch: Translate = (key, ...args) => translate(nl, key, ...args);
const english: Translate = (key, ...args) => translate(en, key, ...args);

describe('formatDate', () => {
  it('writes the letters’ dates in Dutch, without a leading zero', () => {
    expect(formatDate(dutch, '2012-10-02')).toBe('2 oktober 2012');
    expect(formatDate(dutch, '2013-05-06')).toBe('6 mei 2013');
  });

  it('does not shift a day whatever the time zone (no Date involved)', () => {
    expect(formatDate(dutch, '2012-01-01')).toBe('1 januari 2012');
    expect(formatDate(dutch, '2012-12-31')).toBe('31 december 2012');
  });

  it('writes English dates in the English catalogue', () => {
    expect(formatDate(english, '2012-10-02')).toBe('2 October 2012');
  });

  it('leaves a text that is not an ISO date as it is', () => {
    expect(formatDate(dutch, 'mei 2013')).toBe('mei 2013');
  });
});

describe('formatDateTime', () => {
  it('gives the day and the time of day, in the user’s own clock', () => {
    expect(formatDateTime(dutch, new Date(2024, 2, 5, 9, 7))).toBe('5 maart 2024, 09:07');
  });
});
