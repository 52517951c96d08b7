// Cuts the printed lines into headings, paragraphs and tables. Paragraphs are
// separated by blank lines, with two exceptions the extraction creates: a
// heading can follow a paragraph's last line directly, and a paragraph can
// start on the next line after a short last line that ends a sentence.
// Headings come only from the letter's heading list, so a short sentence on a
// line of its own is never mistaken for one.
import type { HeadingSource, LetterSource, TableSource } from './letter-source';
import type { PrintedLine } from './lines';

export type Piece =
  | { kind: 'heading'; heading: HeadingSource; page: number }
  | { kind: 'text'; lines: PrintedLine[] }
  | { kind: 'table'; source: TableSource; lines: PrintedLine[] };

const SENTENCE_END = /[.!?][»’)]?$/u;
const STARTS_SENTENCE = /^[\p{Lu}«‘(]/u;

/** A last line shorter than this share of the usual line width cannot be a full line. */
const SHORT_LINE_SHARE = 0.6;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) || text.endsWith(':');
}

/** The usual width of a full printed line: the median length of the lines with text. */
export function typicalLineWidth(lines: readonly PrintedLine[]): number {
  const lengths = lines
    .map((line) => line.text.length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

/** Whether a line ends its paragraph although no blank line follows. */
export function endsParagraph(line: string, next: string, lineWidth: number): boolean {
  return (
    SENTENCE_END.test(line) &&
    STARTS_SENTENCE.test(next) &&
    line.length < lineWidth * SHORT_LINE_SHARE
  );
}

export function segment(
  lines: readonly PrintedLine[],
  source: Pick<LetterSource, 'headings' | 'tables'>,
): Piece[] {
  const pieces: Piece[] = [];
  const headings = [...source.headings];
  const tables = [...source.tables];
  const lineWidth = typicalLineWidth(lines);

  const flushBlock = (block: PrintedLine[]): void => {
    let paragraph: PrintedLine[] = [];
    const flushParagraph = (): void => {
      if (paragraph.length > 0) pieces.push({ kind: 'text', lines: paragraph });
      paragraph = [];
    };
    block.forEach((line, i) => {
      const heading = headings[0];
      const previous = paragraph[paragraph.length - 1];
      if (heading && line.text === heading.title && (!previous || endsSentence(previous.text))) {
        flushParagraph();
        pieces.push({ kind: 'heading', heading, page: line.page });
        headings.shift();
        return;
      }
      paragraph.push(line);
      const next = block[i + 1];
      if (next && endsParagraph(line.text, next.text, lineWidth)) flushParagraph();
    });
    flushParagraph();
  };

  let block: PrintedLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as PrintedLine;
    const table = tables[0];
    if (table && line.text === table.firstLine) {
      flushBlock(block);
      block = [];
      const tableLines: PrintedLine[] = [];
      for (; i < lines.length; i += 1) {
        const row = lines[i] as PrintedLine;
        if (row.text !== '') tableLines.push(row);
        if (row.text === table.lastLine) break;
      }
      if (tableLines[tableLines.length - 1]?.text !== table.lastLine) {
        throw new Error(`Table ${table.id}: its last line "${table.lastLine}" was not found`);
      }
      pieces.push({ kind: 'table', source: table, lines: tableLines });
      tables.shift();
    } else if (line.text === '') {
      flushBlock(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  flushBlock(block);

  if (headings.length > 0) {
    throw new Error(
      `Headings not found as a line of their own: ${headings.map((h) => `"${h.title}"`).join(', ')}`,
    );
  }
  if (tables.length > 0) throw new Error(`Tables not found: ${tables.map((t) => t.id).join(', ')}`);
  return pieces;
}
