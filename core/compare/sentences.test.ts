import { describe, expect, it } from 'vitest';
import { loadLetters } from '../../data/build/load-letters';
import { letterSentences, splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('Dit is één. Dit is twee? En drie!')).toEqual([
      'Dit is één.',
      'Dit is twee?',
      'En drie!',
    ]);
  });

  it('keeps numbered references together: nr., blz., art., dd.', () => {
    expect(texts('Zie Handelingen II 2012/13, nr. 66, blz. 15–23. Daarna volgt meer.')).toEqual([
      'Zie Handelingen II 2012/13, nr. 66, blz. 15–23.',
      'Daarna volgt meer.',
    ]);
    expect(texts('Het staat in art. 240b van de wet. Nu verder.')).toEqual([
      'Het staat in art. 240b van de wet.',
      'Nu verder.',
    ]);
    expect(texts('De brief dd. 2 oktober 2012 noemt het. Nu verder.')).toHaveLength(2);
    expect(texts('Zie Kamerstuk nr. Twee. Klaar.')).toEqual(['Zie Kamerstuk nr. Twee.', 'Klaar.']);
  });

  it('keeps "Sr." inside a sentence and ends the sentence when it ends on it', () => {
    expect(
      texts(
        'Virtuele kinderpornografie is strafbaar gesteld in artikel 240b Sr. Uit de wetsgeschiedenis bij artikel 240b Sr. blijkt dat kinderen voorop staan.',
      ),
    ).toEqual([
      'Virtuele kinderpornografie is strafbaar gesteld in artikel 240b Sr.',
      'Uit de wetsgeschiedenis bij artikel 240b Sr. blijkt dat kinderen voorop staan.',
    ]);
  });

  it('keeps "o.a." and "e.d." inside a sentence', () => {
    expect(texts('Dit geldt o.a. voor de politie, het OM e.d. in Nederland. Tweede zin.')).toEqual([
      'Dit geldt o.a. voor de politie, het OM e.d. in Nederland.',
      'Tweede zin.',
    ]);
  });

  it('keeps initials with the name: "I. W. Opstelten", "mr. J. de Vries"', () => {
    expect(texts('Getekend door I. W. Opstelten. Daarna mr. J. de Vries.')).toEqual([
      'Getekend door I. W. Opstelten.',
      'Daarna mr. J. de Vries.',
    ]);
    expect(texts('Minister I.W. Opstelten schreef het.')).toHaveLength(1);
    expect(texts('Dit doet het OM. Daarna volgt meer.')).toHaveLength(2);
  });

  it('does not split numbers with a thousands dot or a decimal comma', () => {
    expect(texts('Het waren 1.113 zaken, een stijging van 7,5%. Daarna 802.')).toEqual([
      'Het waren 1.113 zaken, een stijging van 7,5%.',
      'Daarna 802.',
    ]);
  });

  it('gives offsets that point at the sentence in the paragraph', () => {
    const text = '  Eerste zin.  Tweede zin met nr. 5. ';
    expect(splitSentences(text)).toEqual([
      { text: 'Eerste zin.', start: 2, end: 13 },
      { text: 'Tweede zin met nr. 5.', start: 15, end: 36 },
    ]);
  });

  it('keeps a reference with a wider gap after its abbreviation together', () => {
    expect(texts('Daarna sprak mr.  De Vries de Kamer toe. Klaar.')).toEqual([
      'Daarna sprak mr.  De Vries de Kamer toe.',
      'Klaar.',
    ]);
    expect(texts('Dit gebeurt t.a.v. De Vries. Klaar.')).toHaveLength(2);
  });

  it('keeps the end of a paragraph that stops on an abbreviation', () => {
    expect(texts('Zie ook de bijlage. Vergelijk bijv.')).toEqual([
      'Zie ook de bijlage.',
      'Vergelijk bijv.',
    ]);
  });

  it('finds no sentence in white space', () => {
    expect(splitSentences(' \n ')).toEqual([]);
  });
});

describe('letterSentences on the bundled letters', () => {
  const [nr81, nr90] = loadLetters().letters;
  if (!nr81 || !nr90) throw new Error('the corpus must hold nr. 81 and nr. 90');

  it('splits nr. 81 where the letter ends its sentences', () => {
    const sentences = letterSentences(nr81);
    const inVirtual = sentences.filter((s) => s.paragraphId === 'virtuele-kinderpornografie-1');
    expect(inVirtual).toHaveLength(4);
    expect(inVirtual.at(-1)?.text).toBe(
      'Virtuele kinderpornografie is strafbaar gesteld in artikel 240b Sr.',
    );
    expect(sentences.find((s) => s.id === 'virtuele-kinderpornografie-2#1')?.text).toMatch(
      /^Uit de wetsgeschiedenis bij artikel 240b Sr\. blijkt dat/,
    );
    expect(sentences.find((s) => s.id === 'project-vliegende-start-1#4')?.text).toBe(
      'Bij aanvang van het project, op 1 januari 2012, bedroeg de werkvoorraad van Vliegende Start 1 113 zaken en mutaties.',
    );
  });

  it('numbers the sentences of a paragraph from 1, in its id too', () => {
    const opening = letterSentences(nr90).filter((s) => s.paragraphId === 'opening-1');
    expect(opening.map((s) => [s.id, s.n])).toEqual([
      ['opening-1#1', 1],
      ['opening-1#2', 2],
    ]);
  });

  it('keeps the sign-off, with its initials, as one sentence', () => {
    expect(letterSentences(nr81).at(-1)?.text).toBe(
      'De minister van Veiligheid en Justitie,\nI. W. Opstelten',
    );
    expect(letterSentences(nr90).at(-1)?.text).toBe(
      'De minister van Veiligheid en Justitie,\nI.W. Opstelten',
    );
  });

  it('keeps the parliamentary references of nr. 90 in their sentence', () => {
    const opening = letterSentences(nr90).filter((s) => s.paragraphId === 'opening-1');
    expect(opening).toHaveLength(2);
    expect(opening[1]?.text).toMatch(
      /\(Handelingen II 2012\/13, nr\. 66, .* nr\. 75, .*Hilkens\)\.$/,
    );
    const budget = letterSentences(nr90).find(
      (s) => s.id === 'vervolgingsonderzoeken-in-nederland-1#1',
    );
    expect(budget?.text).toContain('item 6, blz. 15–23 en item 14, blz. 33–105) heb ik uw Kamer');
  });

  it('starts every sentence of both letters with a capital or a digit', () => {
    for (const letter of [nr81, nr90]) {
      for (const sentence of letterSentences(letter))
        expect(sentence.text).toMatch(/^[\p{Lu}\d«(]/u);
    }
  });
});
