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
