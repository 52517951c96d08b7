// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  LINK_ATTRIBUTE,
  renderBriefMarkdown,
  renderNoteMarkdown,
  safeLinkUrl,
} from './note-markdown';

/** The rendered HTML as a DOM, to ask what elements and attributes it would create. */
function dom(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

function attributes(container: HTMLElement): string[] {
  return [...container.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map(
      (attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`,
    ),
  );
}

describe('renderNoteMarkdown', () => {
  it('renders the light Markdown a note may use', () => {
    const html = renderNoteMarkdown(
      '*Vraag* aan de minister:\n- **hoeveel** zaken?\n- `art. 240b`',
    );
    const container = dom(html);
    expect(container.querySelector('em')?.textContent).toBe('Vraag');
    expect(container.querySelector('strong')?.textContent).toBe('hoeveel');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('code')?.textContent).toBe('art. 240b');
  });

  it('makes a bare https address a link, and leaves http and other schemes as text', () => {
    const container = dom(
      renderNoteMarkdown(
        'Zie https://zoek.officielebekendmakingen.nl/kst-31015-81 en http://example.org of javascript:alert(1)',
      ),
    );
    const links = [...container.querySelectorAll(`[${LINK_ATTRIBUTE}]`)];
    expect(links.map((link) => link.getAttribute(LINK_ATTRIBUTE))).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-31015-81',
    ]);
    expect(container.textContent).toContain('http://example.org of javascript:alert(1)');
  });

  it('keeps a line break the user typed', () => {
    expect(
      dom(renderNoteMarkdown('eerste regel\ntweede regel')).querySelector('br'),
    ).not.toBeNull();
  });

  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['<a href="javascript:alert(1)">klik</a>'],
    ['<iframe src="https://example.org"></iframe>'],
    ['<svg onload=alert(1)><circle/></svg>'],
  ])('shows raw HTML %s as text and creates no element from it', (hostile) => {
    const container = dom(renderNoteMarkdown(`Let op: ${hostile}`));
    expect(container.textContent).toContain(hostile);
    expect(container.querySelectorAll('img, script, a, iframe, svg')).toHaveLength(0);
    expect(attributes(container).filter((name) => /\[on/.test(name))).toEqual([]);
  });

  it.each([
    ['[x](javascript:alert(1))'],
    ['[x](JaVaScRiPt:alert(1))'],
    ['[x](data:text/html,<script>alert(1)</script>)'],
    ['[x](vbscript:msgbox(1))'],
    ['[x](http://example.org)'],
    ['[x](file:///etc/passwd)'],
    ['<javascript:alert(1)>'],
  ])('leaves the link %s as text, with nothing to click', (hostile) => {
    const container = dom(renderNoteMarkdown(hostile));
    expect(container.querySelectorAll('a, button')).toHaveLength(0);
    expect(container.textContent?.trim()).toBe(hostile);
  });

  it('turns an https link into a button carrying the address, never an <a>', () => {
    const container = dom(
      renderNoteMarkdown('Zie [de brief](https://zoek.officielebekendmakingen.nl/kst-31015-81).'),
    );
    expect(container.querySelector('a')).toBeNull();
    const button = container.querySelector('button');
    expect(button?.textContent).toBe('de brief');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttribute(LINK_ATTRIBUTE)).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-31015-81',
    );
  });

  it('does not guess links from "www." or e-mail addresses', () => {
    const container = dom(renderNoteMarkdown('www.example.org of info@example.org'));
    expect(container.querySelector('button')).toBeNull();
  });

  it('refuses an https address with a user name that disguises the host', () => {
    const container = dom(renderNoteMarkdown('[bank](https://www.tweedekamer.nl@example.org/)'));
    // No link named "bank" leads anywhere; what a bare address links to is what it shows.
    for (const link of container.querySelectorAll(`[${LINK_ATTRIBUTE}]`)) {
      expect(link.getAttribute(LINK_ATTRIBUTE)).not.toContain('example.org');
      expect(link.getAttribute(LINK_ATTRIBUTE)).toContain(link.textContent);
    }
  });

  it('escapes quotes in an address so it cannot break out of its attribute', () => {
    const container = dom(renderNoteMarkdown('[x](https://example.org/"onmouseover="alert(1))'));
    expect(attributes(container).filter((name) => /\[on/.test(name))).toEqual([]);
  });

  it('does not render headings or images in a note', () => {
    const container = dom(renderNoteMarkdown('# Kop\n\n![plaatje](https://example.org/a.png)'));
    expect(container.querySelectorAll('h1, img')).toHaveLength(0);
    expect(container.textContent).toContain('# Kop');
  });
});

describe('renderBriefMarkdown', () => {
  it('renders the brief’s headings and quotes, and still no raw HTML', () => {
    const container = dom(
      renderBriefMarkdown(
        '# Debatnotitie\n\n## Encryptie\n\n> het citaat\n\n<img src=x onerror=alert(1)>',
      ),
    );
    expect(container.querySelector('h1')?.textContent).toBe('Debatnotitie');
    expect(container.querySelector('h2')?.textContent).toBe('Encryptie');
    expect(container.querySelector('blockquote')?.textContent?.trim()).toBe('het citaat');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('safeLinkUrl', () => {
  it('accepts https only', () => {
    expect(safeLinkUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeLinkUrl('http://example.org/a')).toBeNull();
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('niet een adres')).toBeNull();
  });
});
