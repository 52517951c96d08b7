import { describe, expect, it } from 'vitest';
import { en } from './en';
import { CATALOGUES, translate } from './i18n';
import { nl } from './nl';

/** Every message as "section.name" with its kind and, for functions, how many values it takes. */
function shape(catalogue: object): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [section, messages] of Object.entries(catalogue)) {
    for (const [name, message] of Object.entries(messages as object)) {
      result[`${section}.${name}`] =
        typeof message === 'function'
          ? `function/${(message as () => string).length}`
          : typeof message;
    }
  }
  return result;
}

describe('the message catalogues', () => {
  it('give English every Dutch message, taking the same values', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it('hold no empty message', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const messages of Object.values(catalogue)) {
        for (const message of Object.values(messages as object)) {
          if (typeof message === 'string') expect(message.trim()).not.toBe('');
        }
      }
    }
  });
});

describe('the English catalogue', () => {
  it('names letters as "no. 81", never with the Dutch "nr."', () => {
    expect(translate(en, 'format.letterNr', 81)).toBe('no. 81');
    for (const messages of Object.values(en)) {
      for (const message of Object.values(messages as object)) {
        let text = String(message);
        if (typeof message === 'function') {
          // Numbers fit most messages; the few that take texts or lists are tried with those.
          const call = message as (...args: unknown[]) => unknown;
          for (const args of [
            [81, 4, 3],
            ['x', 'y', 'z'],
            [[], 'x', 'y'],
          ]) {
            try {
              text = String(call(...args));
              break;
            } catch {
              continue;
            }
          }
        }
        expect(text).not.toMatch(/\bnr\. ?\d/);
      }
    }
  });
});

describe('translate', () => {
  it('looks up a fixed message', () => {
    expect(translate(nl, 'reader.cite')).toBe('Citeer');
    expect(translate(en, 'reader.cite')).toBe('Cite');
  });

  it('fills in the values a message takes', () => {
    expect(translate(nl, 'reader.footnoteMissing', 1)).toBe(
      'De tekst van voetnoot 1 staat niet in de brontekst; zie de officiële publicatie.',
    );
    expect(translate(nl, 'library.kamerstuk', '31 015', 81)).toBe('Kamerstuk 31 015, nr. 81');
  });

  it('writes Dutch plurals and counts as the letters do', () => {
    expect(translate(nl, 'library.pages', 1)).toBe('1 pagina');
    expect(translate(nl, 'library.pages', 5)).toBe('5 pagina’s');
    expect(translate(nl, 'format.count', 1113)).toBe('1\u00a0113');
    expect(translate(nl, 'format.count', 802)).toBe('802');
    expect(translate(nl, 'format.percent', 11.3)).toBe('11,3%');
    expect(translate(nl, 'format.list', ['a', 'b', 'c'])).toBe('a, b en c');
  });
});
