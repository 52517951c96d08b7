import { describe, expect, it } from 'vitest';
import { endsParagraph, segment } from './blocks';
import type { Piece } from './blocks';
import type { HeadingSource, TableSource } from './letter-source';
import { readPrintedLines } from './lines';

const FULL = 'De aanpak van kinderpornografie is een prioriteit van het huidige Kabinet.';
const filler = (n: number) =>
  Array.from(
    { length: n },
    () => 'zaken die in behandeling zijn bij het KLPD en de regionale politie',
  ).join('\n');

function piecesOf(
  raw: string,
  headings: HeadingSource[] = [],
  tables: TableSource[] = [],
): string[] {
  const { lines } = readPrintedLines(raw, {
    pageStarts: [],
    dossier: '31 015',
    nr: 81,
    vergaderjaar: '2012–2013',
  });
  return segment(lines, { headings, tables }).map((piece: Piece) =>
    piece.kind === 'heading'
      ? `# ${piece.heading.title} (p${piece.page})`
      : piece.kind === 'table'
        ? `table ${piece.source.id}: ${piece.lines.length} rows`
        : piece.lines.map((line) => line.text).join(' / '),
  );
}

describe('segment', () => {
  it('separates paragraphs at blank lines', () => {
    expect(piecesOf(`${filler(2)}\n\n${filler(1)}`)).toHaveLength(2);
  });

  it('finds a heading that follows a paragraph with no blank line, at a page start', () => {
    const raw = `${filler(3)}\ngrafie volledig operationeel.\n Uitbreiding politiecapaciteit\n\nDe inrichting loopt.`;
    const headings: HeadingSource[] = [
      { title: 'Uitbreiding politiecapaciteit', level: 2, parent: 'Landelijke inrichting' },
    ];
    const pieces = piecesOf(raw, headings);
    expect(pieces).toHaveLength(3);
    expect(pieces[0]).toMatch(/grafie volledig operationeel\.$/);
    expect(pieces[1]).toBe('# Uitbreiding politiecapaciteit (p2)');
  });

  it('starts a paragraph after a short line that ends a sentence', () => {
    const raw = `${filler(3)}\nleerpunten heeft opgeleverd.\nDe pilot heeft, na het overwinnen van enkele technische en organisatorische\n${filler(1)}`;
    const pieces = piecesOf(raw);
    expect(pieces).toHaveLength(2);
    expect(pieces[1]).toMatch(/^De pilot heeft/);
  });

  it('keeps a paragraph together when a full line happens to end a sentence', () => {
    const raw = `${filler(2)}\n${FULL}\nMet de politie zijn prestatieafspraken gemaakt om eind 2014 25% meer\n${filler(1)}`;
    expect(piecesOf(raw)).toHaveLength(1);
  });

  it('never takes a short sentence on its own line for a heading unless the letter lists it', () => {
    expect(piecesOf(`${filler(2)}\n\nEncryptie\n\n${filler(1)}`)).toHaveLength(3);
    expect(
      piecesOf(`${filler(2)}\n\nEncryptie\n\n${filler(1)}`, [{ title: 'Encryptie', level: 1 }])[1],
    ).toBe('# Encryptie (p1)');
  });

  it('does not take a listed heading in the middle of a sentence', () => {
    const raw = `${filler(1)} over\nEncryptie\nen meer.`;
    expect(() => piecesOf(raw, [{ title: 'Encryptie', level: 1 }])).toThrow(/Headings not found/);
  });

  it('cuts a table out of the text from its first to its last line', () => {
    const table: TableSource = {
      id: 'figuur-2',
      kind: 'figure',
      layout: { kind: 'shares' },
      firstLine: 'Figuur 2: focusverschuiving',
      lastLine: '11,3% 7,9% 15,6%',
      captionPrinted: true,
      title: 'test',
      chart: 'bar',
      reason: 'test',
    };
    const raw = `${filler(1)}\n\nFiguur 2: focusverschuiving\n\nVerspreiding Productie Misbruik\n\n2012\n\n(N=480 zaken)\n11,3% 7,9% 15,6%\n\n${filler(1)}`;
    expect(piecesOf(raw, [], [table])).toEqual([
      expect.any(String),
      'table figuur-2: 5 rows',
      expect.any(String),
    ]);
  });
});

describe('endsParagraph', () => {
  it('needs a sentence end, a capital after it and a short line', () => {
    expect(endsParagraph('Europol.', 'Verder is in 2003', 70)).toBe(true);
    expect(endsParagraph('Europol', 'Verder is in 2003', 70)).toBe(false);
    expect(endsParagraph('Europol.', 'verder is in 2003', 70)).toBe(false);
    expect(endsParagraph(FULL, 'Met de politie', 70)).toBe(false);
  });
});
