import { describe, expect, it } from 'vitest';
import { sentenceAfter } from './keyboard-selection';

const text =
  'Inmiddels zit dit onderzoek in de afrondende fase. Zie nr. 81 en art. 240b Sr. Wel zal een ontsleutelplicht niet altijd de oplossing zijn.';

describe('sentenceAfter', () => {
  it('finds one sentence at a time, not stopping at "nr." or "art." before a number', () => {
    const first = sentenceAfter(text, 0)!;
    expect(text.slice(first.start, first.end)).toBe(
      'Inmiddels zit dit onderzoek in de afrondende fase.',
    );
    const second = sentenceAfter(text, first.end)!;
    expect(text.slice(second.start, second.end)).toBe('Zie nr. 81 en art. 240b Sr.');
    const third = sentenceAfter(text, second.end)!;
    expect(text.slice(third.start, third.end)).toBe(
      'Wel zal een ontsleutelplicht niet altijd de oplossing zijn.',
    );
    expect(sentenceAfter(text, third.end)).toBeNull();
  });

  it('runs to the end of a paragraph without a final full stop', () => {
    expect(sentenceAfter('Zonder punt aan het eind', 0)).toEqual({ start: 0, end: 24 });
  });
});
