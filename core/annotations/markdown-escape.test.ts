import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { blockQuote, escapeBlock, escapeInline, escapeUserMarkdown } from './markdown-escape';

const render = (source: string) => new MarkdownIt().render(source);

describe('escapeInline', () => {
  it('renders as the literal text, on one line', () => {
    for (const text of [
      '# kop',
      '1. item',
      '- item',
      '<b>x</b>',
      'a | b',
      '[x](y)',
      '`code`',
      '&amp;',
      '~~weg~~',
      '***',
      '2012) punt',
    ]) {
      expect(render(escapeInline(text))).toBe(
        `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>\n`,
      );
    }
    expect(escapeInline('regel een\nregel twee')).toBe('regel een regel twee');
  });

  it('leaves ordinary prose as it is, for a readable Markdown file', () => {
    expect(escapeInline('Kamerstukken II 2012/13, 31 015, nr. 81, p. 4-5')).toBe(
      'Kamerstukken II 2012/13, 31 015, nr. 81, p. 4-5',
    );
  });
});

describe('escapeBlock', () => {
  it('keeps line breaks as hard breaks and blank lines as paragraphs', () => {
    expect(render(escapeBlock('een\ntwee\n\n\ndrie'))).toBe('<p>een<br>\ntwee</p>\n<p>drie</p>\n');
  });

  it('keeps no emphasis and no bullet made of *', () => {
    expect(render(escapeBlock('* bullet'))).toBe('<p>* bullet</p>\n');
    expect(render(escapeBlock('*nadruk*'))).toBe('<p>*nadruk*</p>\n');
  });

  it('cannot end or reopen a fence or an indented code block', () => {
    expect(render(escapeBlock('```\n    code\n```'))).toBe('<p>```<br>\ncode<br>\n```</p>\n');
  });
});

describe('blockQuote', () => {
  it('quotes every line, paragraph breaks included', () => {
    expect(blockQuote('een\n\ntwee')).toBe('> een\n>\n> twee');
    expect(render(blockQuote('een\n\n# twee'))).toBe(
      '<blockquote>\n<p>een</p>\n<p># twee</p>\n</blockquote>\n',
    );
  });
});

describe('escapeUserMarkdown', () => {
  it('keeps the user’s lists, emphasis and https links as Markdown, not as "\\- …"', () => {
    const source =
      'Vragen:\n- eerste *punt*\n- tweede\n\n1. een\n2. twee\n\nZie [nr. 90](https://zoek.officielebekendmakingen.nl/kst-31015-90).';
    const markdown = escapeUserMarkdown(source);
    expect(markdown).toContain('- eerste *punt*');
    expect(markdown).not.toContain('\\-');
    expect(render(markdown)).toBe(
      [
        '<p>Vragen:</p>',
        '<ul>',
        '<li>eerste <em>punt</em></li>',
        '<li>tweede</li>',
        '</ul>',
        '<ol>',
        '<li>een</li>',
        '<li>twee</li>',
        '</ol>',
        '<p>Zie <a href="https://zoek.officielebekendmakingen.nl/kst-31015-90">nr. 90</a>.</p>',
        '',
      ].join('\n'),
    );
  });

  it('keeps a single line break as a line break', () => {
    expect(render(escapeUserMarkdown('een\ntwee'))).toBe('<p>een<br>\ntwee</p>\n');
  });

  it('cannot add headings, quotes, rules, code, HTML, images or link definitions', () => {
    const html = render(
      escapeUserMarkdown(
        [
          '# kop',
          '> citaat',
          '---',
          '***',
          '```',
          'code',
          '```',
          '<b>vet</b>',
          '![x](https://example.org/x.png)',
          '[def]: https://example.org',
        ].join('\n'),
      ),
    );
    expect(html).not.toMatch(/<h\d|<blockquote|<hr|<pre|<code|<b>|<img|<a /);
  });
});
