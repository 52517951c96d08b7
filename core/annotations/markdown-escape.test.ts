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

/** What a reader sees of rendered HTML: its text, entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('letter text in the brief stays the text it was', () => {
  it.each([
    ['a backslash before punctuation', 'zie a\\*b*'],
    ['code', 'de `ontsleutelplicht`'],
    ['emphasis with stars', 'een *belangrijke* zaak'],
    ['emphasis with underscores', 'een _belangrijke_ zaak'],
    ['a link', 'zie [nr. 90](https://example.org)'],
    ['HTML', 'a <b>vet</b> woord'],
    ['a quote', '> geciteerd'],
    ['an entity', 'Justitie &amp; Veiligheid'],
    ['strikethrough', 'een ~~geschrapt~~ woord'],
    ['a heading', '# Encryptie'],
    ['an indented heading', '   # Encryptie'],
    ['a bullet with a plus', '+ punt'],
    ['a bullet with a dash', '- punt'],
    ['a bullet with a star', '* punt'],
    ['a rule of underscores', '___'],
    ['an ordered item of nine digits', '123456789. punt'],
    ['an ordered item with a parenthesis', '3) punt'],
  ])('in one line: %s', (_name, text) => {
    // Spaces at the start of a line are not shown in HTML.
    expect(visible(render(escapeInline(text)))).toBe(text.trimStart());
    expect(visible(render(blockQuote(text)))).toBe(text.trimStart());
  });

  it.each([
    ['a setext heading', 'Encryptie\n==='],
    ['a setext heading of dashes', 'Encryptie\n---'],
    ['a table', '| a | b |\n| - | - |'],
    ['a fence', '```\ncode\n```'],
  ])('over lines: %s', (_name, text) => {
    const html = render(escapeBlock(text));
    expect(html).not.toMatch(/<h\d|<table|<pre|<hr/);
    expect(visible(html)).toBe(text);
  });

  it('leaves ordinary prose as it is, numbers and dashes inside a line included', () => {
    const prose = 'In 2012. Daarna 4-5 keer: #1 en a+b=c, zie p. 4.';
    expect(escapeInline(prose)).toBe(prose);
    expect(escapeBlock(prose)).toBe(prose);
  });

  it('reads Windows line ends and blank lines with spaces as the same breaks', () => {
    expect(escapeInline('een \r\n  twee\r\rdrie')).toBe('een twee drie');
    expect(escapeBlock('een  \r\ntwee\r\n \r\ndrie\rvier')).toBe('een\\\ntwee\n\ndrie\\\nvier');
    expect(escapeBlock('\n\n  \n')).toBe('');
    expect(escapeBlock('  \neen\n  ')).toBe('een');
  });
});

describe('the user’s Markdown in a note, kept as the user meant it', () => {
  it('keeps a nested list, and a line before a list without a forced break', () => {
    const html = render(escapeUserMarkdown('Vragen:\n- een\n  - een a\n- twee'));
    expect(html).toBe(
      '<p>Vragen:</p>\n<ul>\n<li>een\n<ul>\n<li>een a</li>\n</ul>\n</li>\n<li>twee</li>\n</ul>\n',
    );
  });

  it('shows an indented line after a blank line as text, not as code', () => {
    expect(render(escapeUserMarkdown('Eerst.\n\n    ingesprongen'))).toBe(
      '<p>Eerst.</p>\n<p>ingesprongen</p>\n',
    );
  });

  it.each([
    ['a rule of dashes', '- - -'],
    ['a rule of stars', '* * *'],
    ['a rule of underscores', '___'],
    ['a setext heading', 'Kop\n---'],
    ['a lone dash under text', 'Kop\n-'],
    ['a setext heading of equals signs', 'Kop\n=='],
    ['a tilde fence', '~~~\ncode\n~~~'],
    ['an indented tilde fence', 'tekst\n  ~~~\ncode\n  ~~~'],
    ['an indented rule', 'tekst\n  * * *'],
    ['a rule with spaces after it', '- - -  '],
    ['a setext heading of two dashes', 'Kop\n--'],
    ['an indented setext heading', 'Kop\n  --'],
    ['a setext heading with spaces after it', 'Kop\n--  '],
    ['an indented line as the first line', '    ingesprongen'],
    ['an indented line after a line of spaces', 'Eerst.\n  \n    ingesprongen'],
    ['an indented heading', 'tekst\n  # kop'],
    ['a link definition', '[nr90]: https://example.org\n[nr90]'],
    ['an image', 'zie ![plaatje](https://example.org/x.png)'],
    ['an entity', 'Justitie &amp; Veiligheid'],
    ['a table', '| a | b |\n| - | - |'],
    ['a backslash', 'map\\bestand'],
  ])('keeps %s as text', (_name, text) => {
    const html = render(escapeUserMarkdown(text));
    expect(html).not.toMatch(/<h\d|<hr|<pre|<code|<img|<a |<table/);
    // Every character is shown; HTML shows runs of white space as one.
    expect(visible(html).replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('keeps the user’s text readable: a # or = inside a line, and bold italics', () => {
    expect(escapeUserMarkdown('zie #3 en a=b, ~~~ of ---')).toBe('zie #3 en a=b, ~~~ of ---');
    expect(render(escapeUserMarkdown('***vet en schuin***'))).toBe(
      '<p><em><strong>vet en schuin</strong></em></p>\n',
    );
  });

  it('reads an old Mac line end as a line break', () => {
    expect(render(escapeUserMarkdown('een\rtwee'))).toBe('<p>een<br>\ntwee</p>\n');
  });

  it('keeps the line break before a line that merely starts like a list item', () => {
    expect(render(escapeUserMarkdown('Temperatuur\n-5 graden\n2012.Daarna'))).toBe(
      '<p>Temperatuur<br>\n-5 graden<br>\n2012.Daarna</p>\n',
    );
  });

  it('keeps no more than one blank line, and none around the note', () => {
    expect(escapeUserMarkdown('\n\neen\n\n\n\ntwee  \n\n')).toBe('een\n\ntwee');
  });
});
