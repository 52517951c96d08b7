// Selecting letter text without a mouse: "s" selects a sentence of the focused
// paragraph (pressed again, the next one), Shift+→ and Shift+← make the
// selection a word longer or shorter. The selection is a real one, so "h"
// (highlight), "n" (note) and "c" (cite) act on it as on a selection made by
// dragging. Sentences are found in the paragraph's text, not the DOM.
import { offsetInText } from './selection';

/** Where the sentence at or after `from` runs in a paragraph's text; null past the last. */
export function sentenceAfter(text: string, from: number): { start: number; end: number } | null {
  let start = from;
  while (start < text.length && /\s/u.test(text[start]!)) start++;
  if (start >= text.length) return null;
  // A sentence ends at . ! ? (and a closing quote or bracket) before a capital
  // or the end: "nr. 81" and "art. 240b" do not end one.
  const boundary = /[.!?][»”’)]*(?=\s+[\p{Lu}«“‘(]|\s*$)/gu;
  boundary.lastIndex = start;
  const match = boundary.exec(text);
  return { start, end: match ? match.index + match[0].length : text.length };
}

/** The DOM point at an offset of a paragraph's text (the inverse of offsetInText). */
function pointAt(textElement: Element, offset: number): [Node, number] | null {
  for (const run of textElement.querySelectorAll<HTMLElement>('[data-offset]')) {
    const start = Number(run.dataset.offset);
    const length = run.textContent?.length ?? 0;
    if (offset > start + length) continue;
    const walker = textElement.ownerDocument.createTreeWalker(run, NodeFilter.SHOW_TEXT);
    let at = start;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const size = node.textContent?.length ?? 0;
      if (offset <= at + size) return [node, offset - at];
      at += size;
    }
  }
  return null;
}

/** Selects the next sentence in the paragraph's text element; false when there is none. */
export function selectNextSentence(textElement: Element): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  let from = 0;
  if (selection.rangeCount > 0 && !selection.isCollapsed) {
    const range = selection.getRangeAt(0);
    if (textElement.contains(range.endContainer))
      from = offsetInText(textElement, range.endContainer, range.endOffset);
  }
  const text = [...textElement.querySelectorAll<HTMLElement>('[data-offset]')]
    .map((run) => run.textContent ?? '')
    .join('');
  const sentence = sentenceAfter(text, from) ?? sentenceAfter(text, 0);
  const start = sentence && pointAt(textElement, sentence.start);
  const end = sentence && pointAt(textElement, sentence.end);
  if (!start || !end) return false;
  const range = textElement.ownerDocument.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Makes the selection a word longer (forward) or shorter (backward); false without one. */
export function extendByWord(direction: 'forward' | 'backward'): boolean {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || typeof selection.modify !== 'function') return false;
  selection.modify('extend', direction, 'word');
  return true;
}
