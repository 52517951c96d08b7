import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it.each([
    ['zaken', 'zaak'],
    ['slachtoffers', 'slachtoffer'],
    ['bedrijven', 'bedrijf'],
    ['mogelijkheden', 'mogelijkheid'],
    ['verdachten', 'verdachte'],
    ['databases', 'database'],
    ['afspraken', 'afspraak'],
    ['meldingen', 'melding'],
    ['landen', 'land'],
    ['plannen', 'plan'],
    ['mensen', 'mens'],
    ['cijfers', 'cijfer'],
    ['adviezen', 'advies'],
    ['bewijzen', 'bewijs'],
    ['seksuele', 'seksueel'],
    ['eventuele', 'eventueel'],
    ['voorraden', 'voorraad'],
    ['maatregelen', 'maatregel'],
  ])('gives "%s" and "%s" the same stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps words that only look inflected apart from their neighbours', () => {
    expect(stem('kinderpornografie')).toBe('kinderpornografie');
    expect(stem('encryptie')).not.toBe(stem('decryptiebevel'));
    expect(stem('politie')).toBe('politie');
    expect(stem('stress')).toBe('stress');
  });

  it('leaves numbers and short words alone', () => {
    expect(stem('1113')).toBe('1113');
    expect(stem('7,5')).toBe('7,5');
    expect(stem('om')).toBe('om');
    expect(stem('uur')).toBe('uur');
  });
});
