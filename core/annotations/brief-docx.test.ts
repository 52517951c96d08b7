import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Corpus, Letter } from '../corpus/model';
import { buildBrief, formatBrief } from './brief';
import { briefDocx } from './brief-docx';
import { earlyLetter } from './fixtures/nr81-excerpt';
import type { Note } from './model';
import { selectionTarget } from './target';

const corpus: Corpus = { version: 1, letters: [earlyLetter] };

function select(letter: Letter, paragraphId: string, phrase: string) {
  const offset = letter.paragraphs.find((p) => p.id === paragraphId)!.text.indexOf(phrase);
  return selectionTarget(
    letter,
    { paragraphId, offset },
    { paragraphId, offset: offset + phrase.length },
  )!;
}

function note(id: string, phrase: string, paragraphId: string, body: string): Note {
  return {
    id,
    letterId: earlyLetter.id,
    ...select(earlyLetter, paragraphId, phrase),
    color: 'yellow',
    body,
    tags: ['encryptie'],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
  };
}

const notes = [
  note(
    'a',
    'ontsleutelplicht',
    'encryptie-1',
    'Vragen:\n- welke **waarborgen**?\n- wanneer klaar?',
  ),
  note(
    'b',
    'met voldoende waarborgen is omkleed. Zo zal naarmate',
    'encryptie-2',
    'Zie [de brief](https://zoek.officielebekendmakingen.nl/kst-31015-81) en <script>x</script>.',
  ),
];

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of word/document.xml, paragraph by paragraph, as Word would show it. */
async function documentOf(brief: ReturnType<typeof buildBrief>) {
  const files = unzipSync(await briefDocx(brief));
  const xml = strFromU8(files['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  );
  return { files, xml, paragraphs };
}

describe('briefDocx', () => {
  it('is a Word document with the same headings, passages and citations as the Markdown', async () => {
    const options = { groupBy: 'letter' as const, intro: 'Voor het debat.' };
    const { files, paragraphs } = await documentOf(buildBrief(notes, corpus, options));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml']),
    );
    const markdown = formatBrief(notes, corpus, options);
    const citations = markdown.match(/^Bron: .*$/gm)!;
    expect(citations).toEqual([
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4',
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4-5',
    ]);
    for (const citation of citations) expect(paragraphs).toContain(citation);
    expect(paragraphs.slice(0, 5)).toEqual([
      'Debatnotitie',
      'Voor het debat.',
      'Kamerstukken II 2012/13, 31 015, nr. 81: Voortgang aanpak kinderpornografie',
      'Encryptie',
      'ontsleutelplicht',
    ]);
    expect(paragraphs).toContain('met voldoende waarborgen is omkleed. Zo zal naarmate');
  });

  it('turns the note’s lists, emphasis and links into Word formatting, and markup into plain text', async () => {
    const { xml, files, paragraphs } = await documentOf(
      buildBrief(notes, corpus, { groupBy: 'letter' }),
    );
    expect(paragraphs).toContain('welke waarborgen?');
    // List items are numbered paragraphs, bold is bold.
    expect(xml).toMatch(/<w:numPr>.*?<\/w:numPr>.*?welke /s);
    expect(xml).toMatch(/<w:b\/>.*?waarborgen<\/w:t>/s);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    expect(rels).toContain('https://zoek.officielebekendmakingen.nl/kst-31015-81');
    expect(paragraphs).toContain('Zie de brief en <script>x</script>.');
    expect(xml).not.toContain('<script>');
  });

  it('keeps passages as quotes and orphans under "Niet gevonden"', async () => {
    const orphan: Note = {
      ...notes[0]!,
      id: 'wees',
      quote: { exact: 'Een zin die nergens staat.', prefix: '', suffix: '' },
      position: null,
      body: '',
    };
    const { xml, paragraphs } = await documentOf(
      buildBrief([orphan], corpus, { groupBy: 'letter' }),
    );
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Niet gevonden',
        'Een zin die nergens staat.',
        'Bron: Kamerstukken II 2012/13, 31 015, nr. 81 (niet gevonden)',
      ]),
    );
  });
});

describe('briefDocx formatting', () => {
  const only = (intro: string): ReturnType<typeof buildBrief> => ({
    title: 'Debatnotitie',
    intro,
    groups: [],
    orphans: [],
  });
  /** The paragraphs of document.xml as XML, each with its text. */
  const paragraphXml = (xml: string) =>
    [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);
  /** Each list level Word is given: its format, marker, alignment and indents. */
  const levels = (numbering: string) =>
    [
      ...numbering.matchAll(
        /<w:lvl w:ilvl="(\d)"[^>]*>.*?<w:numFmt w:val="(\w+)"\/><w:lvlText w:val="([^"]*)"\/><w:lvlJc w:val="(\w+)"\/><w:pPr><w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/gs,
      ),
    ].map((m) => m.slice(1).join(' '));

  it('is titled Debatnotitie and made by Naslag, and says so when there are no notes', async () => {
    const { files, paragraphs } = await documentOf(only(''));
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Debatnotitie</dc:title>');
    expect(core).toContain('<dc:creator>Naslag</dc:creator>');
    expect(paragraphs).toEqual(['Debatnotitie', 'Er zijn geen notities om op te nemen.']);
  });

  it('sets passages in an indented, italic Quote style based on the normal text', async () => {
    const styles = strFromU8((await documentOf(only(''))).files['word/styles.xml']!);
    expect(styles).toContain(
      '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720" w:right="720"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>',
    );
  });

  it('gives Word bullet and numbered lists three levels deep, each indented further', async () => {
    const numbering = strFromU8((await documentOf(only(''))).files['word/numbering.xml']!);
    const ours = levels(numbering).filter((level) => /[•◦▪%]/.test(level));
    expect(ours).toEqual([
      '0 bullet • left 720 360',
      '1 bullet ◦ left 1440 360',
      '2 bullet ▪ left 2160 360',
      '0 decimal %1. left 720 360',
      '1 decimal %2. left 1440 360',
      '2 decimal %3. left 2160 360',
    ]);
  });

  it('restarts each numbered list at 1, nests a list in a list, and breaks lines where the note does', async () => {
    const { xml, paragraphs } = await documentOf(
      only(
        'Eerst *nadruk* en `code`\nregel\\\nnog **vet** niet\n\n1. een\n   - sub\n2. twee\n\ntekst\n\n1. weer',
      ),
    );
    expect(paragraphs).toEqual([
      'Debatnotitie',
      'Eerst nadruk en coderegelnog vet niet',
      'een',
      'sub',
      'twee',
      'tekst',
      'weer',
      'Er zijn geen notities om op te nemen.',
    ]);
    const [, intro, een, sub, twee, tekst, weer] = paragraphXml(xml);
    // Each run of the introduction: its text, bold or not, italic or not; a line break as "⏎".
    const runs = [...intro!.matchAll(/<w:r>(.*?)<\/w:r>/g)].map(([, run]) =>
      run!.startsWith('<w:br/>')
        ? '⏎'
        : `${/<w:t[^>]*>([^<]*)/.exec(run!)![1]}|${run!.includes('<w:b/>') ? 'b' : ''}${run!.includes('<w:i/>') ? 'i' : ''}`,
    );
    expect(runs).toEqual([
      'Eerst |',
      'nadruk|i',
      ' en |',
      'code|',
      '⏎',
      'regel|',
      '⏎',
      'nog |',
      'vet|b',
      ' niet|',
    ]);
    const list = (p: string | undefined) =>
      p?.match(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/)?.slice(1);
    expect(list(tekst)).toBeUndefined();
    const [first, nested, second, again] = [een, sub, twee, weer].map(list);
    expect(first?.[0]).toBe('0');
    expect(nested?.[0]).toBe('1');
    expect(second).toEqual(first);
    expect(again?.[0]).toBe('0');
    expect(again?.[1]).not.toBe(first?.[1]);
  });

  it('links only https addresses; other links stay as their text', async () => {
    const { files, paragraphs } = await documentOf(
      only(
        '[js](javascript:alert(1)) [http](http://example.org) [veilig](https://example.org/x) **vet**',
      ),
    );
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    expect(rels).toContain('Target="https://example.org/x"');
    expect(rels).not.toContain('http://example.org"');
    expect(paragraphs[1]).toBe('[js](javascript:alert(1)) http veilig vet');
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(
      /<w:hyperlink [^>]*>.*?<w:rStyle w:val="Hyperlink"\/>.*?veilig<\/w:t>.*?<\/w:hyperlink>/,
    );
    expect(xml).toMatch(/<w:b\/><w:bCs\/>.*?vet<\/w:t>/);
    expect(xml).not.toMatch(/<w:b\/><w:bCs\/>[^]*?veilig<\/w:t>/);
  });

  it('keeps a passage over two paragraphs as one quote with its line breaks, and the labels of a note', async () => {
    const across: Note = {
      ...notes[0]!,
      ...selectionTarget(
        earlyLetter,
        { paragraphId: 'encryptie-1', offset: 317 },
        { paragraphId: 'encryptie-2', offset: 9 },
      )!,
      body: '',
      tags: ['encryptie', 'waarborgen'],
    };
    const { xml, paragraphs } = await documentOf(
      buildBrief([across], corpus, { groupBy: 'letter' }),
    );
    const quote = paragraphXml(xml).find((p) => p.includes('w:val="Quote"'))!;
    expect(quote.match(/<w:br\/>/g)).toHaveLength(2);
    expect(quote).toMatch(
      /^<w:p><w:pPr><w:pStyle w:val="Quote"\/><\/w:pPr><w:r><w:t[^>]*>\(ontsleutelplicht\)\./,
    );
    expect(paragraphs.slice(-2)).toEqual([
      'Labels: encryptie · waarborgen',
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 81, p. 4',
    ]);
  });

  it('lists an orphan with nothing quoted by its note and source alone', async () => {
    const bare: Note = {
      ...notes[0]!,
      id: 'wees',
      quote: null,
      position: null,
      paragraphId: 'verdwenen-1',
      body: 'Alleen de notitie.',
      tags: [],
    };
    const { xml, paragraphs } = await documentOf(buildBrief([bare], corpus, { groupBy: 'letter' }));
    expect(xml).not.toContain('w:val="Quote"');
    expect(paragraphs).toEqual([
      'Debatnotitie',
      'Niet gevonden',
      'De passages bij deze notities staan niet (meer) in de brief zoals Naslag die nu heeft. Het citaat is bewaard zoals het was.',
      'Alleen de notitie.',
      'Bron: Kamerstukken II 2012/13, 31 015, nr. 81 (niet gevonden)',
    ]);
  });
});
