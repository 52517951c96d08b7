// Makes user text (and letter text) safe to put into a Markdown document: it
// stays the text it was and cannot add headings, lists, quotes, tables,
// links, code or HTML to the document around it. CommonMark lets any ASCII
// punctuation be escaped with a backslash, so escaping is always safe; the
// characters that only matter at the start of a line are escaped only there,
// to keep the Markdown source readable.

/** Punctuation that has meaning anywhere in a line (emphasis, code, links, HTML, entities, tables, strikethrough). */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
/** The same without * and _, for text whose emphasis is meant (a note's light Markdown). */
const INLINE_SPECIAL_KEEP_EMPHASIS = /[\\`[\]<>&|~]/g;

export interface EscapeOptions {
  /** Leave *emphasis* and _emphasis_ working; it cannot change the document's structure. */
  keepEmphasis?: boolean;
}

function escapeLine(line: string, options: EscapeOptions): string {
  const body = line
    .trimStart()
    .replace(options.keepEmphasis ? INLINE_SPECIAL_KEEP_EMPHASIS : INLINE_SPECIAL, '\\$&');
  return (
    body
      // Headings, quotes, lists, setext underlines and fences at the start of a line.
      .replace(/^([#>+\-=:])/, '\\$1')
      // A bullet or a thematic break made of * or _ (emphasis at the start of a line stays).
      .replace(/^([*_])(?=\s|[*_\s]*$)/, '\\$1')
      // Ordered list markers: "1." or "1)".
      .replace(/^(\d{1,9})([.)])/, '$1\\$2')
  );
}

/** One line of text, for a heading or a label: line breaks become spaces. */
export function escapeInline(text: string, options: EscapeOptions = {}): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' '), options);
}

/**
 * Text of several lines as Markdown paragraphs: each line break is kept as a
 * hard break, blank lines separate paragraphs, and nothing else survives as syntax.
 */
export function escapeBlock(text: string, options: EscapeOptions = {}): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLine(line, options).trimEnd())
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '');
  return paragraphs.join('\n\n');
}

/** Text as a Markdown block quote, paragraph breaks included. */
export function blockQuote(text: string): string {
  return escapeBlock(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
