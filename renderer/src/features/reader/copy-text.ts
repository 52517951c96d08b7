// What Ctrl+C puts on the clipboard from a letter: the letter's words only.
// The page also holds paragraph numbers, page markers, footnote numbers, note
// markers and buttons ("Citeer", "Link", "Notitie"); those are marked
// data-no-copy (buttons always count as interface) and left out, so a page
// break inside the copied passage leaves no trace. Paragraphs and headings stay
// apart by a blank line, table cells by a tab. The pinpoint citation with its
// page range is what "Citeer" (c) gives; plain copying gives the words.
import { useEffect } from 'react';
import type { RefObject } from 'react';

/** Marks an element as interface, never part of copied letter text. */
export const NO_COPY = { 'data-no-copy': '' } as const;

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TR',
  'TABLE',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'UL',
  'OL',
]);
const CELLS = new Set(['TD', 'TH']);
const BLOCK_BREAK = '\u0000';

/** The letter's words in a copied fragment of the page. */
export function letterCopyText(fragment: DocumentFragment | Element): string {
  for (const element of fragment.querySelectorAll('[data-no-copy], button, [role="tooltip"]'))
    element.remove();
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    const name = node instanceof Element ? node.tagName : '';
    const block = BLOCKS.has(name);
    if (block) text += BLOCK_BREAK;
    if (CELLS.has(name) && !text.endsWith(BLOCK_BREAK)) text += '\t';
    node.childNodes.forEach(walk);
    if (block) text += BLOCK_BREAK;
  };
  fragment.childNodes.forEach(walk);
  return text
    .split(BLOCK_BREAK)
    .map((block) =>
      block
        .split('\t')
        .map((cell) => cell.replace(/\s+/gu, ' ').trim())
        .filter((cell, index) => cell !== '' || index > 0)
        .join('\t')
        .trim(),
    )
    .filter((block) => block !== '')
    .join('\n\n');
}

/** Replaces what the browser would copy from inside `root` with the letter's words. */
export function useLetterCopy(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onCopy = (event: ClipboardEvent) => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      // A copy inside a field (a note being written) is the field's own business.
      if (!element.contains(range.commonAncestorContainer) || isField(event.target)) return;
      const text = letterCopyText(range.cloneContents());
      if (!event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    element.addEventListener('copy', onCopy);
    return () => element.removeEventListener('copy', onCopy);
  }, [root]);
}

function isField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea') !== null;
}
