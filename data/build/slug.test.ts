import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
  it.each([
    ['Encryptie', 'encryptie'],
    ['Stop It Now!', 'stop-it-now'],
    ['Landelijke stuur- en weeggroep', 'landelijke-stuur-en-weeggroep'],
    [
      'Criminaliteitsbeeldanalyse (CBA) Kindersekstoerisme',
      'criminaliteitsbeeldanalyse-cba-kindersekstoerisme',
    ],
    [
      'Chemische castratie / libidoremmende middelen',
      'chemische-castratie-libidoremmende-middelen',
    ],
    ['Coördinatie België', 'coordinatie-belgie'],
  ])('%s → %s', (title, id) => {
    expect(slug(title)).toBe(id);
  });
});
