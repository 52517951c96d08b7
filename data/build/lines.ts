// Turns the raw extraction into printed lines with their page numbers.
// The extraction marks the first line of a printed page with a leading space;
// lines that hold only a space are ambiguous and must be decided per letter.
// The running footer is dropped here, after checking it against the metadata.
import type { LetterSource, PageStartDecision } from './letter-source';

export interface PrintedLine {
  /** 1-based line number in the raw file. */
  lineNo: number;
  /** The text without the page-start space and without trailing spaces; '' when blank. */
  text: string;
  page: number;
}

export interface PrintedPages {
  /** Every line of the letter except page-start markers without text and the footer. */
  lines: PrintedLine[];
  pageCount: number;
}

type PageContext = Pick<LetterSource, 'pageStarts' | 'dossier' | 'nr' | 'vergaderjaar'>;

const FOOTER = /^Tweede Kamer, vergaderjaar (\d{4}–\d{4}), ([\d ]+), nr\. (\d+) (\d+)$/;

function describe(decision: PageStartDecision): string {
  return decision.kind === 'space-only'
    ? `space-only line before "${decision.nextText}"`
    : `line "${decision.text}"`;
}

export function readPrintedLines(raw: string, context: PageContext): PrintedPages {
  const rawLines = raw.split(/\r?\n/);
  if (rawLines[rawLines.length - 1] === '') rawLines.pop();
  const used = new Set<PageStartDecision>();
  const lines: PrintedLine[] = [];
  let page = 1;
  let seenText = false;

  const nextTextAfter = (index: number): string | undefined =>
    rawLines
      .slice(index + 1)
      .map((line) => line.trim())
      .find((line) => line !== '');

  const decide = (found: PageStartDecision | undefined, fallback: boolean): boolean => {
    if (!found) return fallback;
    used.add(found);
    return found.pageStart;
  };

  rawLines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const trimmed = rawLine.trim();
    const footer = FOOTER.exec(trimmed);
    if (footer) {
      const [, vergaderjaar, dossier, nr, footerPage] = footer;
      if (
        vergaderjaar !== context.vergaderjaar ||
        dossier !== context.dossier ||
        Number(nr) !== context.nr
      ) {
        throw new Error(`Line ${lineNo}: the running footer names another Kamerstuk: "${trimmed}"`);
      }
      if (Number(footerPage) !== page) {
        throw new Error(
          `Line ${lineNo}: the running footer says page ${footerPage}, the page starts say ${page}`,
        );
      }
      return;
    }
    if (trimmed === '' && rawLine.startsWith(' ')) {
      const next = nextTextAfter(index);
      if (next === undefined) return;
      const decision = context.pageStarts.find(
        (d) => d.kind === 'space-only' && next.startsWith(d.nextText),
      );
      if (!decision) {
        throw new Error(
          `Line ${lineNo}: a space-only line before "${next}" needs a page-start decision`,
        );
      }
      if (decide(decision, false) && seenText) page += 1;
      return;
    }
    if (trimmed === '') {
      lines.push({ lineNo, text: '', page });
      return;
    }
    if (rawLine.startsWith(' ')) {
      const decision = context.pageStarts.find(
        (d) => d.kind === 'line' && trimmed.startsWith(d.text),
      );
      if (decide(decision, true) && seenText) page += 1;
    }
    seenText = true;
    lines.push({ lineNo, text: trimmed, page });
  });

  const unused = context.pageStarts.filter((decision) => !used.has(decision));
  if (unused.length > 0) {
    throw new Error(`Page-start decisions that match no line: ${unused.map(describe).join('; ')}`);
  }
  return { lines, pageCount: page };
}
