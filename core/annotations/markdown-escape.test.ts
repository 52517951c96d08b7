import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { blockQuote, escapeBlock, escapeInline } from './markdown-escape';

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

  it('keeps emphasis only when asked, and never a bullet made of *', () => {
    expect(render(escapeBlock('*nadruk*', { keepEmphasis: true }))).toBe(
      '<p><em>nadruk</em></p>\n',
    );
    expect(render(escapeBlock('* bullet', { keepEmphasis: true }))).toBe('<p>* bullet</p>\n');
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
