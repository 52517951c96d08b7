import { describe, expect, it } from 'vitest';
import { findQuote, resolvePassage } from './passage';
import { sketchLetter } from './letters.testing';

const letter = sketchLetter(81, [
  {
    id: 'werkvoorraad',
    title: 'Werkvoorraad',
    paragraphs: [
      'Aan het einde omvatte de werkvoorraad 802 zaken.',
      'De werkvoorraad\nbleef beheersbaar.',
      'Het  meldpunt\u00a0\u00a0ontving  \n meldingen over kinderporno.',
    ],
  },
  {
    id: 'ondertekening',
    title: 'Ondertekening',
    paragraphs: ['De minister van Veiligheid en Justitie,\nI. W. Opstelten'],
  },
]);

describe('findQuote', () => {
  it('finds a quote across a line break and gives its range in the original text', () => {
    const [match] = findQuote(letter, 'werkvoorraad bleef');
    expect(match?.paragraph.id).toBe('werkvoorraad-2');
    expect(match && match.paragraph.text.slice(match.start, match.end)).toBe('werkvoorraad\nbleef');
  });

  it('reads a quote pasted with stray white space as the words it quotes', () => {
    const [match] = findQuote(letter, ' \nmeldpunt ontving\tmeldingen  ');
    expect(match?.paragraph.id).toBe('werkvoorraad-3');
    expect(match && match.paragraph.text.slice(match.start, match.end)).toBe(
      'meldpunt\u00a0\u00a0ontving  \n meldingen',
    );
  });

  it('does not match a quote that joins or splits the words differently', () => {
    expect(findQuote(letter, 'werk voorraad')).toEqual([]);
    expect(findQuote(letter, 'Hetmeldpunt')).toEqual([]);
  });

  it('finds no passage for an empty quote', () => {
    expect(findQuote(letter, ' \n ')).toEqual([]);
  });

  it('finds every occurrence', () => {
    expect(findQuote(letter, 'werkvoorraad').map((m) => m.paragraph.id)).toEqual([
      'werkvoorraad-1',
      'werkvoorraad-2',
    ]);
  });
});

describe('resolvePassage', () => {
  it('resolves a distinctive quote to its one paragraph', () => {
    const found = resolvePassage([letter], {
      letterId: 'kst-31015-81',
      quote: 'omvatte de werkvoorraad 802 zaken',
    });
    expect(found.ok && found.match.paragraph.id).toBe('werkvoorraad-1');
  });

  it('says why a quote that is missing or ambiguous names no passage', () => {
    const missing = resolvePassage([letter], {
      letterId: 'kst-31015-81',
      quote: 'omvatte de werkvoorraad 803 zaken',
    });
    expect(missing).toEqual({
      ok: false,
      problem: '"omvatte de werkvoorraad 803 zaken" staat niet in kst-31015-81',
    });
    const ambiguous = resolvePassage([letter], { letterId: 'kst-31015-81', quote: 'werkvoorraad' });
    expect(ambiguous.ok).toBe(false);
    expect(!ambiguous.ok && ambiguous.problem).toMatch(/2 keer .*werkvoorraad-1, werkvoorraad-2/);
    const noLetter = resolvePassage([letter], {
      letterId: 'kst-31015-90',
      quote: 'omvatte de werkvoorraad',
    });
    expect(noLetter).toEqual({ ok: false, problem: 'brief kst-31015-90 bestaat niet' });
  });
});
