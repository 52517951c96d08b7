import MarkdownIt from 'markdown-it';
import bundled from 'virtual:naslag/corpus';
import { describe, expect, it } from 'vitest';
import type { Corpus, Letter } from '../corpus/model';
import { buildBrief, formatBrief } from './brief';
import { correctedLetter, earlyLetter } from './fixtures/nr81-excerpt';
import type { Note } from './model';
import { paragraphTarget, selectionTarget } from './target';

const at = (paragraphId: string, offset: number) => ({ paragraphId, offset });

/** The target of a selection of `phrase` in a paragraph, as the reader would make it. */
function select(letter: Letter, paragraphId: string, phrase: string) {
  const offset = letter.paragraphs.find((p) => p.id === paragraphId)!.text.indexOf(phrase);
  return selectionTarget(letter, at(paragraphId, offset), at(paragraphId, offset + phrase.length))!;
}
const markdown = new MarkdownIt();
const ENCRYPTION_3_START = 'In de komende maanden wordt bekeken';

function note(
  id: string,
  letter: Letter,
  target: Pick<Note, 'paragraphId' | 'quote' | 'position'>,
  extra: Partial<Note> = {},
): Note {
  return {
    id,
    letterId: letter.id,
    ...target,
    color: 'yellow',
    body: '',
    tags: [],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
    ...extra,
  };
}

/** A second letter, built like nr. 90, so grouping across letters can be seen. */
const nr90: Letter = {
  ...earlyLetter,
  id: 'kst-31015-90',
  nr: 90,
  date: '2013-05-06',
  title: 'Voortgang aanpak kinderpornografie en kindersekstoerisme',
  identifier: 'https://zoek.officielebekendmakingen.nl/kst-31015-90',
  sections: [{ id: 'encryptie', title: 'Encryptie', printed: true, level: 1, page: 7 }],
  paragraphs: [
    {
      id: 'encryptie-1',
      n: 30,
      sectionId: 'encryptie',
      kind: 'body',
      page: 7,
      pageBreaks: [],
      text: 'Het onderzoek naar de ontsleutelplicht is afgerond en aan uw Kamer gezonden.',
    },
  ],
};
const corpus: Corpus = { version: 1, letters: [earlyLetter, nr90] };

const acrossPages = note(
  'over-pagina',
  earlyLetter,
  select(earlyLetter, 'encryptie-2', 'met voldoende waarborgen is omkleed. Zo zal naarmate'),
  { body: 'Waarborgen: welke precies?', tags: ['waarborgen', 'encryptie'] },
);
const onPage4 = note(
  'pagina-4',
  earlyLetter,
  selectionTarget(earlyLetter, at('encryptie-1', 3), at('encryptie-1', 33))!,
  {
    tags: ['toezegging'],
  },
);
const wholeParagraph = note('alinea', earlyLetter, paragraphTarget(earlyLetter, 'encryptie-3')!, {
  body: 'Hele alinea.',
});
const inNr90 = note(
  'nr-90',
  nr90,
  select(nr90, 'encryptie-1', 'Het onderzoek naar de ontsleutelplicht'),
  { tags: ['encryptie'] },
);
const orphan = note(
  'wees',
  earlyLetter,
  selectionTarget(earlyLetter, at('encryptie-1', 3), at('encryptie-1', 33))!,
  {
    quote: { exact: 'Een zin die nergens staat.', prefix: '', suffix: '' },
    position: null,
    body: 'Dit stond er eerst.',
  },
);

describe('formatBrief', () => {
  it('quotes each passage with its note, labels and pinpoint citation, grouped by letter in reading order', () => {
    const brief = formatBrief([acrossPages, inNr90, onPage4], corpus, { groupBy: 'letter' });
    expect(brief).toBe(
      [
        '# Debatnotitie',
        '## Kamerstukken II 2012/13, 31 015, nr. 81: Voortgang aanpak kinderpornografie',
        '### Encryptie',
        '> mijn brief van 27 januari 2012',
        'Labels: toezegging',
        'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4',
        '> met voldoende waarborgen is omkleed. Zo zal naarmate',
        'Waarborgen: welke precies?',
        'Labels: waarborgen · encryptie',
        'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4-5',
        '## Kamerstukken II 2012/13, 31 015, nr. 90: Voortgang aanpak kinderpornografie en kindersekstoerisme',
        '### Encryptie',
        '> Het onderzoek naar de ontsleutelplicht',
        'Labels: encryptie',
        'Bron: Kamerstukken II 2012/13, 31 015, nr. 90, p. 7',
      ].join('\n\n') + '\n',
    );
  });

  it('puts the page of the quote’s start, not of its paragraph, in the citation', () => {
    const onPage5 = note(
      'p5',
      earlyLetter,
      selectionTarget(earlyLetter, at('encryptie-2', 490), at('encryptie-2', 510))!,
    );
    expect(formatBrief([onPage5], corpus, { groupBy: 'letter' })).toContain(
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 5\n',
    );
  });

  it('cites one page for a quote ending before the word split over the page break, two from its first letter', () => {
    // Nr. 90 prints "mogelijk-" at the foot of p. 5 and "heden" at the top of p. 6; the
    // corpus starts p. 6 at the start of that word, so any part of it counts as p. 6 too.
    const letter = bundled.letters.find((l) => l.id === 'kst-31015-90')!;
    const quote = (id: string, phrase: string) =>
      note(id, letter, select(letter, 'internationale-samenwerking-3', phrase));
    const brief = formatBrief([quote('tot', 'extra'), quote('voorbij', 'extra m')], bundled, {
      groupBy: 'letter',
    });
    expect(brief.match(/^Bron: .*/gm)).toEqual([
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 90, p. 5',
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 90, p. 5-6',
    ]);
  });

  it('groups by theme across letters', () => {
    const brief = formatBrief([inNr90, onPage4], corpus, { groupBy: 'theme' });
    expect(brief.match(/^## .*/gm)).toEqual(['## Encryptie']);
    expect(brief.match(/^### .*/gm)).toEqual(['### nr. 81, Encryptie', '### nr. 90, Encryptie']);
    const custom = formatBrief([inNr90, onPage4], corpus, {
      groupBy: 'theme',
      themeOf: (letter) => `Thema van nr. ${letter.nr}`,
    });
    expect(custom.match(/^## .*/gm)).toEqual(['## Thema van nr. 81', '## Thema van nr. 90']);
  });

  it('groups by label alphabetically, a note under each of its labels, the untagged last', () => {
    const brief = formatBrief([acrossPages, wholeParagraph, onPage4], corpus, { groupBy: 'tag' });
    expect(brief.match(/^## .*/gm)).toEqual([
      '## encryptie',
      '## toezegging',
      '## waarborgen',
      '## Zonder label',
    ]);
    // One heading per section under each label, the notes beneath it.
    expect(brief.match(/^### .*/gm)).toEqual([
      '### nr. 81, Encryptie',
      '### nr. 81, Encryptie',
      '### nr. 81, Encryptie',
      '### nr. 81, Encryptie',
    ]);
    expect(brief).toContain(`> ${ENCRYPTION_3_START}`);
  });

  it('lists notes whose passage is gone apart, as "niet gevonden", with the quote as saved', () => {
    const brief = formatBrief([orphan, onPage4], corpus, { groupBy: 'letter' });
    const [, orphans] = brief.split('## Niet gevonden');
    expect(orphans).toContain('> Een zin die nergens staat.');
    expect(orphans).toContain('Dit stond er eerst.');
    expect(orphans).toContain('Bron: Kamerstukken II 2012/13, 31 015, nr. 81 (niet gevonden)');
  });

  it('quotes the letter as it is now, after a correction', () => {
    const made = note(
      'gecorrigeerd',
      earlyLetter,
      selectionTarget(earlyLetter, at('encryptie-2', 0), at('encryptie-2', 50))!,
    );
    const brief = formatBrief(
      [made],
      { version: 1, letters: [correctedLetter] },
      { groupBy: 'letter' },
    );
    expect(brief).toContain('> Inmiddels is dit onderzoek in de afrondende fase.');
  });

  it('says so when there is nothing to put in the brief', () => {
    expect(formatBrief([], corpus, { groupBy: 'letter' })).toBe(
      '# Debatnotitie\n\nEr zijn geen notities om op te nemen.\n',
    );
  });
});

describe('formatBrief with hostile note text', () => {
  const hostile = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '# Kop die er niet hoort',
    '## Niet gevonden',
    '> nep-citaat',
    '- lijstje',
    '1. genummerd',
    '---',
    'Onderstreept',
    '===',
    '```',
    'code',
    '```',
    '    ingesprongen code',
    '| a | b |',
    '| - | - |',
    '[klik](javascript:alert(1))',
    '![plaatje](https://example.org/x.png)',
    '&lt;entity&gt; &amp;',
    '*nadruk mag* en _ook_',
  ].join('\n');
  const evil = note(
    'kwaad',
    earlyLetter,
    selectionTarget(earlyLetter, at('encryptie-1', 3), at('encryptie-1', 33))!,
    {
      body: hostile,
      tags: ['<b>vet</b>', '# kop', '[x](y)'],
    },
  );

  it('cannot add headings, quotes, code, tables, unsafe links, images or HTML to the brief', () => {
    const html = markdown.render(formatBrief([evil], corpus, { groupBy: 'tag' }));
    expect(html).not.toMatch(/<script|<img|<a |<table|<pre|<code|<hr|<b>/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(3);
    expect(html.match(/<h3>/g)).toHaveLength(3);
    expect(html.match(/<blockquote>/g)).toHaveLength(3);
    expect(html).toContain('<em>nadruk mag</em> en <em>ook</em>');
    // The user's own lists are theirs to keep.
    expect(html).toMatch(/<ul>\n<li>lijstje/);
  });

  it('keeps every character of the note readable in the rendered brief', () => {
    const html = markdown.render(formatBrief([evil], corpus, { groupBy: 'letter' }));
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const line of hostile.split('\n')) {
      const words = line
        .trim()
        .replace(/[*_]/g, '')
        .replace(/^(- |1\. )/, '');
      expect(text, line).toContain(words);
    }
  });
});

describe('the brief as the user arranges it', () => {
  it('puts one heading per letter and per section, with every note of that section beneath', () => {
    const brief = formatBrief([acrossPages, onPage4, wholeParagraph], corpus, {
      groupBy: 'letter',
    });
    expect(brief.match(/^## .*/gm)).toHaveLength(1);
    expect(brief.match(/^### .*/gm)).toEqual(['### Encryptie']);
    expect(brief.match(/^> /gm)).toHaveLength(3);
  });

  it('keeps the order the user gave within a section, and an introduction under the title', () => {
    const brief = formatBrief([acrossPages, onPage4], corpus, {
      groupBy: 'letter',
      order: ['over-pagina', 'pagina-4'],
      intro: 'Voor het debat van *donderdag*:\n- encryptie\n- waarborgen',
    });
    expect(brief.indexOf('> met voldoende')).toBeLessThan(brief.indexOf('> mijn brief'));
    expect(brief).toMatch(
      /^# Debatnotitie\n\nVoor het debat van \*donderdag\*:\n- encryptie\n- waarborgen\n\n## /,
    );
  });

  it('keeps the user’s Markdown in a note: lists, emphasis and links', () => {
    const listed = note(
      'lijst',
      earlyLetter,
      select(earlyLetter, 'encryptie-1', 'ontsleutelplicht'),
      {
        body: 'Vragen:\n- welke waarborgen?\n- **wanneer** klaar?\n\n[Brief](https://zoek.officielebekendmakingen.nl/kst-31015-81)',
      },
    );
    const brief = formatBrief([listed], corpus, { groupBy: 'letter' });
    expect(brief).toContain('- welke waarborgen?\n- **wanneer** klaar?');
    expect(brief).not.toContain('\\-');
    const html = markdown.render(brief);
    expect(html).toContain('<li><strong>wanneer</strong> klaar?</li>');
    expect(html).toContain(
      '<a href="https://zoek.officielebekendmakingen.nl/kst-31015-81">Brief</a>',
    );
  });

  it('builds the same structure for every output', () => {
    const brief = buildBrief([acrossPages, inNr90, orphan], corpus, { groupBy: 'letter' });
    expect(
      brief.groups.map((g) => g.sections.map((s) => s.entries.map((e) => e.citation))),
    ).toEqual([
      [['Kamerstukken II 2012/13, 31 015, nr. 81, p. 4-5']],
      [['Kamerstukken II 2012/13, 31 015, nr. 90, p. 7']],
    ]);
    expect(brief.orphans.map((o) => o.citation)).toEqual([
      'Kamerstukken II 2012/13, 31 015, nr. 81 (niet gevonden)',
    ]);
  });
});

describe('the brief’s headings and order in less common cases', () => {
  /** Nr. 90 with its encryption paragraph moved into a subsection, and a paragraph in no section. */
  const withSubsection: Letter = {
    ...nr90,
    sections: [
      { id: 'inleiding', title: 'Inleiding', printed: false, level: 1, page: 1 },
      ...nr90.sections,
      {
        id: 'wetgeving',
        title: 'Wetgeving',
        printed: true,
        level: 2,
        parentId: 'encryptie',
        page: 7,
      },
    ],
    paragraphs: [
      { ...nr90.paragraphs[0]!, sectionId: 'wetgeving' },
      {
        ...nr90.paragraphs[0]!,
        id: 'los-1',
        n: 31,
        sectionId: 'nergens',
        text: 'Een alinea buiten elke sectie.',
      },
    ],
  };
  const subCorpus: Corpus = { version: 1, letters: [earlyLetter, withSubsection] };
  const inSubsection = note(
    'sub',
    withSubsection,
    select(withSubsection, 'encryptie-1', 'ontsleutelplicht'),
  );
  const outsideSections = note(
    'los',
    withSubsection,
    select(withSubsection, 'los-1', 'buiten elke sectie'),
  );

  it('puts a note in a subsection under its main section’s theme, with the subsection as heading', () => {
    const brief = formatBrief([inSubsection], subCorpus, { groupBy: 'theme' });
    expect(brief.match(/^##+ .*/gm)).toEqual(['## Encryptie', '### nr. 90, Wetgeving']);
  });

  it('falls back on the letter’s title for a paragraph in no known section', () => {
    expect(
      formatBrief([outsideSections], subCorpus, { groupBy: 'theme' }).match(/^##+ .*/gm),
    ).toEqual([`## ${nr90.title}`, '### nr. 90']);
    expect(
      formatBrief([outsideSections], subCorpus, { groupBy: 'letter' }).match(/^##+ .*/gm),
    ).toEqual([`## Kamerstukken II 2012/13, 31 015, nr. 90: ${nr90.title}`, `### ${nr90.title}`]);
  });

  it('uses the default theme for a paragraph the given themes do not cover', () => {
    const brief = formatBrief([inNr90, onPage4], corpus, {
      groupBy: 'theme',
      themeOf: (letter) => (letter.nr === 90 ? 'Afspraken' : undefined),
    });
    expect(brief.match(/^## .*/gm)).toEqual(['## Encryptie', '## Afspraken']);
  });

  it('sorts labels as a Dutch reader would, whatever their case', () => {
    const tagged = (id: string, tags: string[]) =>
      note(id, earlyLetter, select(earlyLetter, 'encryptie-1', 'ontsleutelplicht'), { tags });
    const brief = formatBrief(
      [
        tagged('c', []),
        tagged('a', ['Zeden']),
        tagged('b', ['apart']),
        tagged('d', ['Beleid']),
        tagged('e', ['zwerfjongeren']),
      ],
      corpus,
      { groupBy: 'tag' },
    );
    expect(brief.match(/^## .*/gm)).toEqual([
      '## apart',
      '## Beleid',
      '## Zeden',
      '## zwerfjongeren',
      '## Zonder label',
    ]);
  });

  it('puts the notes the user moved first, and the rest after them in reading order', () => {
    const brief = formatBrief([acrossPages, onPage4, wholeParagraph], corpus, {
      groupBy: 'letter',
      order: ['alinea'],
    });
    expect(brief.match(/^> \S+ \S+/gm)).toEqual(['> In de', '> mijn brief', '> met voldoende']);
  });

  it('cites one page for a quote up to a paragraph’s last word, though the next paragraph is on a later page', () => {
    const lastWords = note(
      'slot',
      earlyLetter,
      select(earlyLetter, 'opening-2', 'februari 20121.'),
    );
    expect(formatBrief([lastWords], corpus, { groupBy: 'letter' })).toContain(
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 1\n',
    );
  });

  it('puts the letters in the corpus’s order, whatever the order of the notes', () => {
    const brief = formatBrief([inNr90, onPage4], corpus, { groupBy: 'letter' });
    expect(brief.match(/^## .*nr\. \d+/gm)).toEqual([
      '## Kamerstukken II 2012/13, 31 015, nr. 81',
      '## Kamerstukken II 2012/13, 31 015, nr. 90',
    ]);
  });

  it('lists a note on a letter Naslag does not have, and a whole-paragraph note that lost its paragraph', () => {
    const elsewhere = { ...onPage4, id: 'elders', letterId: 'kst-31015-99' };
    const lostParagraph = {
      ...wholeParagraph,
      paragraphId: 'verdwenen-1',
      paragraphStart: 'Een alinea die er niet meer is',
    };
    const brief = formatBrief([elsewhere, lostParagraph], corpus, { groupBy: 'letter' });
    expect(brief).toBe(
      [
        '# Debatnotitie',
        '## Niet gevonden',
        'De passages bij deze notities staan niet (meer) in de brief zoals Naslag die nu heeft. Het citaat is bewaard zoals het was.',
        '> mijn brief van 27 januari 2012',
        'Labels: toezegging',
        'Bron: Onbekende brief (kst-31015-99) (niet gevonden)',
        '> Een alinea die er niet meer is',
        'Hele alinea.',
        'Bron: Kamerstukken II 2012/13, 31 015, nr. 81 (niet gevonden)',
      ].join('\n\n') + '\n',
    );
  });

  it('lists an orphan with nothing quoted by its note and source alone', () => {
    const { paragraphStart: _, ...bare } = { ...wholeParagraph, paragraphId: 'verdwenen-1' };
    const brief = formatBrief([bare], corpus, { groupBy: 'letter', intro: '  \n ' });
    expect(brief).toBe(
      [
        '# Debatnotitie',
        '## Niet gevonden',
        'De passages bij deze notities staan niet (meer) in de brief zoals Naslag die nu heeft. Het citaat is bewaard zoals het was.',
        'Hele alinea.',
        'Bron: Kamerstukken II 2012/13, 31 015, nr. 81 (niet gevonden)',
      ].join('\n\n') + '\n',
    );
  });
});
