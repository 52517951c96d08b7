// Pinpoint citations in the form used in parliamentary memos:
// "Kamerstukken II 2012/13, 31 015, nr. 81, p. 3".
import type { Letter } from './model';

/** "2012–2013" → "2012/13", the short form citations use. */
export function shortVergaderjaar(vergaderjaar: string): string {
  const [from, to] = vergaderjaar.split('–');
  if (!from || !to) return vergaderjaar;
  return `${from}/${to.slice(-2)}`;
}

type Citable = Pick<Letter, 'vergaderjaar' | 'dossier' | 'nr'>;

/** The citation of a whole letter, or of a page or page range in it. */
export function formatCitation(letter: Citable, page?: number, pageEnd?: number): string {
  const base = `Kamerstukken II ${shortVergaderjaar(letter.vergaderjaar)}, ${letter.dossier}, nr. ${letter.nr}`;
  if (page === undefined) return base;
  if (pageEnd !== undefined && pageEnd !== page) return `${base}, p. ${page}-${pageEnd}`;
  return `${base}, p. ${page}`;
}

/** A quote with its citation, as pasted into a memo. */
export function formatQuotation(
  letter: Citable,
  quote: string,
  page: number,
  pageEnd?: number,
): string {
  return `‘${quote.trim()}’ (${formatCitation(letter, page, pageEnd)})`;
}
