// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { letterCopyText } from './copy-text';

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('letterCopyText', () => {
  it('keeps the letter’s words and leaves out numbers, page markers, footnotes and buttons', () => {
    const html = `
      <div class="paragraph"><span class="paragraph__number" data-no-copy><span>Alinea 12</span>12</span>
        <p><span>met voldoende waarborgen is omkleed. </span><span data-no-copy>p. 5<span>Begin van pagina 5</span></span><span>Zo zal naarmate</span></p>
        <div data-no-copy><button>Citeer</button><button>Link</button><button>Notitie</button></div>
      </div>
      <div class="paragraph"><span data-no-copy>13</span>
        <p><span>In de komende maanden 2012</span><span data-no-copy><button><sup>1</sup></button></span><span>.</span><span class="note-marker-wrap" data-no-copy><button>Notitie</button></span></p>
      </div>`;
    expect(letterCopyText(fragment(html))).toBe(
      'met voldoende waarborgen is omkleed. Zo zal naarmate\n\nIn de komende maanden 2012.',
    );
  });

  it('keeps headings apart and table cells in columns', () => {
    const html =
      '<h2>Encryptie</h2><p>Tekst.</p><table><tr><th>Jaar</th><th>Zaken</th></tr><tr><td>2012</td><td>1 234</td></tr></table>';
    expect(letterCopyText(fragment(html))).toBe(
      'Encryptie\n\nTekst.\n\nJaar\tZaken\n\n2012\t1 234',
    );
  });
});
