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

describe('snippet edges', () => {
  const text =
    'Sinds januari van dit jaar is een daling zichtbaar in de werkvoorraad bij de politie. Tot en met het einde van het vierde kwartaal van 2011 omvatte de werkvoorraad 1 113 zaken.';

  it('leaves out the matches beyond the piece', () => {
    const last = text.lastIndexOf('werkvoorraad');
    const result = render(
      snippet(text, [at(text, 'daling'), [last, last + 'werkvoorraad'.length]], {
        before: 0,
        length: 30,
      }),
    );
    expect(result).toBe('…[daling] zichtbaar in de werkvoorraad…');
  });

  it('shows a long marked phrase whole, even past the usual length', () => {
    const phrase = 'werkvoorraad bij de politie';
    const result = render(snippet(text, [at(text, phrase)], { before: 0, length: 5 }));
    expect(result).toBe('…[werkvoorraad bij de politie]…');
  });

  it('ends at the end of the text when the last word runs past the length', () => {
    expect(render(snippet('Korte tekst.', [], { length: 8 }))).toBe('Korte tekst.');
  });

  it('gives no empty pieces between matches that touch', () => {
    const parts = snippet('OM-organisatie', [
      [0, 2],
      [2, 3],
      [3, 14],
    ]).parts;
    expect(parts).toEqual([
      { text: 'OM', marked: true },
      { text: '-', marked: true },
      { text: 'organisatie', marked: true },
    ]);
  });

  it('folds a blank line and runs of spaces into one space', () => {
    const note = 'Navragen:\n\n  hoeveel slachtoffers?';
    expect(render(snippet(note, [at(note, 'slachtoffers')]))).toBe(
      'Navragen: hoeveel [slachtoffers]?',
    );
  });

  it('shows a note that starts with a space from its start, without an ellipsis', () => {
    const note = ' Zedenrecherche bellen';
    expect(render(snippet(note, [at(note, 'Zedenrecherche')], { before: 1 }))).toBe(
      ' [Zedenrecherche] bellen',
    );
    expect(render(snippet(note, [at(note, 'bellen')], { before: 60 }))).toBe(
      ' Zedenrecherche [bellen]',
    );
  });
});
