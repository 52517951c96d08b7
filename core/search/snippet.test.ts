import { describe, expect, it } from 'vitest';
import type { Highlight } from './highlight';
import { snippet } from './snippet';

const render = (s: ReturnType<typeof snippet>) =>
  `${s.clippedStart ? '…' : ''}${s.parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('')}${s.clippedEnd ? '…' : ''}`;

function at(text: string, word: string): Highlight {
  const start = text.indexOf(word);
  return [start, start + word.length];
}

describe('snippet', () => {
  const text =
    'Sinds januari van dit jaar is een daling zichtbaar in de werkvoorraad bij de politie. Tot en met het einde van het vierde kwartaal van 2011 omvatte de werkvoorraad 1 113 zaken.';

  it('shows the text around the first match with the matches marked', () => {
    const result = render(snippet(text, [at(text, '1 113')], { before: 30, length: 60 }));
    expect(result).toBe('…2011 omvatte de werkvoorraad [1 113] zaken.');
  });

  it('cuts between words and marks every match inside the piece', () => {
    const result = render(
      snippet(text, [at(text, 'werkvoorraad'), at(text, 'politie')], { before: 10, length: 50 }),
    );
    expect(result).toBe('…zichtbaar in de [werkvoorraad] bij de [politie]. Tot en…');
  });

  it('starts at the beginning when there is no match to show', () => {
    expect(render(snippet('Korte tekst.', []))).toBe('Korte tekst.');
  });

  it('folds line breaks into spaces', () => {
    const signOff = 'De minister van Veiligheid en Justitie,\nI. W. Opstelten';
    expect(render(snippet(signOff, [at(signOff, 'Opstelten')]))).toBe(
      'De minister van Veiligheid en Justitie, I. W. [Opstelten]',
    );
  });
});
