// Makes user text (and letter text) safe to put into a Markdown document: it
// stays the text it was and cannot add headings, lists, quotes, tables,
// links, code or HTML to the document around it. CommonMark lets any ASCII
// punctuation be escaped with a backslash, so escaping is always safe; the
// characters that only matter at the start of a line are escaped only there,
// to keep the Markdown source readable.

/**
 * Punctuation that has meaning anywhere in a line (emphasis, code, links, HTML, entities, tables,
 * strikethrough, quotes). A "]" needs no escape: with every "[" escaped it closes nothing.
 */
const INLINE_SPECIAL = /[\\`*_[<>&|~]/g;

function escapeLine(line: string): string {
  const body = line.trimStart().replace(INLINE_SPECIAL, '\\$&');
  // Every *, _ and > is escaped above, so no bullet, rule, emphasis or quote is left to handle here.
  return (
    body
      // Headings, lists, setext underlines and fences at the start of a line.
      .replace(/^([#+\-=:])/, '\\$1')
      // Ordered list markers: "1." or "1)".
      .replace(/^(\d{1,9})([.)])/, '$1\\$2')
  );
}

/** One line of text, for a heading or a label: line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]\s*/g, ' '));
}

/**
 * Text of several lines as Markdown paragraphs: each line break is kept as a
 * hard break, blank lines separate paragraphs, and nothing else survives as syntax.
 */
export function escapeBlock(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLine(line).trimEnd())
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

/** A list item's marker at the start of a line: "-", "+", "*", "1." or "1)". */
const LIST_ITEM = /^\s*([-+*]|\d{1,9}[.)])\s/;

/**
 * A user's own light Markdown (a note, the brief's introduction), kept as
 * Markdown: lists, emphasis and https links survive. What would pass for the
 * document's own structure or a quoted passage (headings, block quotes,
 * rules, code, tables, HTML, images, link definitions) is escaped, and a
 * single line break stays a line break, as it looked in the note.
 */
export function escapeUserMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const escaped = lines.map((line, index) => {
    const previous = lines[index - 1] ?? '';
    // Indented four spaces after a blank line is a code block; inside a list it is a nested item.
    const unindented = previous.trim() === '' ? line.trimStart() : line;
    return (
      unindented
        .replace(/[\\`<>&|]/g, '\\$&')
        .replace(/!\[/g, '!\\[')
        .replace(/^(\s*)(#|=|\[[^\]]*\]:)/, '$1\\$2')
        .replace(/^(\s*)([-*_])(?=(\s*\2){2,}\s*$)/, '$1\\$2')
        .replace(/^(\s*)(-+\s*)$/, '$1\\$2')
        // Every tilde of a fence: one escaped would leave "~~" to open a strikethrough.
        .replace(/^(\s*)~~~/, '$1\\~\\~\\~')
        .trimEnd()
    );
  });
  return escaped
    .map((line, index) => {
      const next = escaped[index + 1];
      const breaks = line !== '' && next !== undefined && next !== '' && !LIST_ITEM.test(next);
      return breaks ? `${line}\\` : line;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
