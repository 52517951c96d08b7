// Single-key shortcuts ("?", "j", "c") must never fire while the user types or
// uses a modifier chord, so every handler asks this first.
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export function isShortcutEvent(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.closest !== 'function') return true;
  return !target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
