// The keyboard shortcuts the help dialog lists. A view that adds shortcuts adds
// them here, so the list the user sees is the one the code has.
import type { MessageKey } from '../i18n/i18n';

export interface Shortcut {
  /** Alternatives, each as printed on the key. */
  keys: string[];
  description: MessageKey;
}

export interface ShortcutGroup {
  title: MessageKey;
  shortcuts: Shortcut[];
}

export const shortcutGroups: ShortcutGroup[] = [
  {
    title: 'help.everywhere',
    shortcuts: [
      { keys: ['?'], description: 'help.showHelp' },
      { keys: ['Esc'], description: 'help.closeOverlay' },
    ],
  },
  {
    title: 'help.inLetter',
    shortcuts: [
      { keys: ['j', '↓'], description: 'help.nextParagraph' },
      { keys: ['k', '↑'], description: 'help.previousParagraph' },
      { keys: ['c'], description: 'help.cite' },
      { keys: ['l'], description: 'help.copyLink' },
      { keys: ['i'], description: 'help.toContents' },
      { keys: ['s'], description: 'help.selectSentence' },
      { keys: ['Shift+→', 'Shift+←'], description: 'help.extendSelection' },
      { keys: ['h'], description: 'notes.shortcutHighlight' },
      { keys: ['n'], description: 'notes.shortcutNote' },
    ],
  },
  {
    title: 'search.shortcutsTitle',
    shortcuts: [
      { keys: ['Ctrl+K', 'Ctrl+F'], description: 'search.shortcutOpen' },
      { keys: ['↓', '↑'], description: 'search.shortcutMove' },
      { keys: ['Enter'], description: 'search.shortcutChoose' },
    ],
  },
  {
    title: 'compare.shortcutsTitle',
    shortcuts: [
      { keys: ['F6', 'Shift+F6'], description: 'compare.switchPane' },
      { keys: ['↑', '↓', 'Enter'], description: 'compare.shortcutChanges' },
    ],
  },
];
