// The main menu in the header. A view that wants a place there adds an entry.
import type { MessageKey } from '../i18n/i18n';
import { comparePath } from '../features/compare/compare-paths';
import { notesPath } from '../features/notes/note-paths';
import { libraryPath } from './paths';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Active only on this exact path (the library at "/"). */
  end?: boolean;
}

export const navItems: NavItem[] = [
  { to: libraryPath(), label: 'app.library', end: true },
  { to: comparePath(), label: 'compare.navLabel' },
  { to: notesPath(), label: 'notes.navLabel' },
];
