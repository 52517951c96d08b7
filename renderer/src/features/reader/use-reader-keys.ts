// The reader's single-key shortcuts (listed in the help dialog): j/k (and the
// arrow keys on a focused paragraph) between paragraphs, c to cite, l to copy a
// link, i to the contents, s to select a sentence and Shift+arrows to make the
// selection a word longer or shorter. They act on the focused paragraph, or, when focus is
// on the page itself, on the paragraph being read.
import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import { isShortcutEvent } from '../../app/keyboard';

export interface ReaderKeyActions {
  /** `from` is the focused paragraph's id, or null when no paragraph has focus. */
  move(step: 1 | -1, from: string | null): void;
  cite(from: string | null): void;
  copyLink(from: string | null): void;
  toContents(): void;
  selectSentence(from: string | null): void;
  /** False when there is no selection to change, so the key keeps its usual meaning. */
  extendSelection(direction: 'forward' | 'backward'): boolean;
}

/**
 * `withinOnly`: act only when focus is inside `root`, not on the page itself
 * (a compare pane, beside another letter).
 */
export function useReaderKeys(
  root: RefObject<HTMLElement | null>,
  actions: ReaderKeyActions,
  { withinOnly = false }: { withinOnly?: boolean } = {},
): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const letter = root.current;
    if (!letter || !isShortcutEvent(event) || document.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement;
    const onPage = target === document.body && !withinOnly;
    if (!onPage && !letter.contains(target)) return;
    const paragraph = target.closest<HTMLElement>('[data-paragraph-id]');
    const from = paragraph?.dataset.paragraphId ?? null;
    // Arrow keys scroll the page unless a paragraph itself has focus.
    const onParagraph = paragraph !== null && paragraph === target;
    let handled = true;
    if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft'))
      handled = actions.extendSelection(event.key === 'ArrowRight' ? 'forward' : 'backward');
    else if (event.key === 's') actions.selectSentence(from);
    else if (event.key === 'j' || (event.key === 'ArrowDown' && onParagraph)) actions.move(1, from);
    else if (event.key === 'k' || (event.key === 'ArrowUp' && onParagraph)) actions.move(-1, from);
    else if (event.key === 'c') actions.cite(from);
    else if (event.key === 'l') actions.copyLink(from);
    else if (event.key === 'i') actions.toContents();
    else handled = false;
    if (handled) event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
