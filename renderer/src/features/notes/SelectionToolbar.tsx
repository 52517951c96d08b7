// The small toolbar that appears above text selected in a letter: a button per
// highlight colour (named, with its swatch) and "Notitie". It never takes the
// selection away: pressing its buttons does not move the selection, and the
// keyboard reaches the same actions with "h" (highlight in the last colour
// used) and "n" (note), so a selection made with Shift+arrows can be marked
// without the mouse. Arrow keys move between its buttons, as in any toolbar.
import { useEffect, useEffectEvent, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { HighlightColor } from '@core/annotations/model';
import type { NoteTarget } from '@core/annotations/target';
import type { Letter } from '@core/corpus/model';
import { isShortcutEvent } from '../../app/keyboard';
import { useT } from '../../i18n/i18n';
import { letterSelection } from '../reader/selection';
import { colorNameKey, HIGHLIGHT_COLORS } from './colors';
import { NoteIcon } from './NoteIcon';
import { selectionNoteTarget } from './selection-target';

export const HIGHLIGHT_KEY = 'h';
export const NOTE_KEY = 'n';
const TOOLBAR_HEIGHT = 48;
const TOOLBAR_WIDTH = 300;

type Selected =
  | { ok: true; target: NoteTarget; top: number; left: number }
  | { ok: false; top: number; left: number };

export interface SelectionToolbarProps {
  letter: Letter;
  root: RefObject<HTMLElement | null>;
  lastColor: HighlightColor;
  onHighlight(target: NoteTarget, color: HighlightColor): void;
  onNote(target: NoteTarget): void;
}

function currentSelection(letter: Letter, root: HTMLElement): Selected | null {
  const selection = window.getSelection();
  const points = letterSelection(root, selection);
  if (!points || !selection) return null;
  const result = selectionNoteTarget(letter, points.start, points.end);
  if (!result.ok && result.reason === 'empty') return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  const above = rect.top - TOOLBAR_HEIGHT - 8;
  // Beside the selection, but always on screen, even for a selection scrolled partly out of view.
  const top = Math.min(
    above > 8 ? above : rect.bottom + 8,
    window.innerHeight - TOOLBAR_HEIGHT - 8,
  );
  const left = Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - TOOLBAR_WIDTH - 8));
  return result.ok ? { ok: true, target: result.target, top, left } : { ok: false, top, left };
}

export function SelectionToolbar({
  letter,
  root,
  lastColor,
  onHighlight,
  onNote,
}: SelectionToolbarProps) {
  const t = useT();
  const [selected, setSelected] = useState<Selected | null>(null);

  const update = useEffectEvent(() => {
    const element = root.current;
    setSelected(element ? currentSelection(letter, element) : null);
  });

  const onKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (event.key !== HIGHLIGHT_KEY && event.key !== NOTE_KEY) return;
    if (!isShortcutEvent(event) || event.shiftKey) return;
    if (document.querySelector('dialog[open]')) return;
    // The selection as it is now, not as the toolbar last drew it: the toolbar follows the
    // selection a frame later, and a key pressed right after selecting acts on what is selected.
    const element = root.current;
    const now = element ? currentSelection(letter, element) : null;
    if (!now?.ok) return;
    if (event.key === HIGHLIGHT_KEY) onHighlight(now.target, lastColor);
    else onNote(now.target);
    event.preventDefault();
  });

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => update());
    };
    const keydown = (event: globalThis.KeyboardEvent) => onKey(event);
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('keydown', keydown);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('keydown', keydown);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);

  if (!selected) return null;

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
    event.preventDefault();
  };

  return (
    <div
      role="toolbar"
      aria-label={t('notes.toolbarLabel')}
      className="selection-toolbar"
      style={{ top: selected.top, left: selected.left }}
      // Pressing a button must not clear the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={moveFocus}
    >
      {selected.ok ? (
        <>
          {HIGHLIGHT_COLORS.map((color) => {
            const label = t('notes.highlightIn', t(colorNameKey(color)));
            return (
              <button
                key={color}
                type="button"
                className={`selection-toolbar__color color-swatch color-swatch--${color}`}
                aria-label={label}
                title={label}
                aria-keyshortcuts={color === lastColor ? HIGHLIGHT_KEY : undefined}
                onClick={() => onHighlight(selected.target, color)}
              />
            );
          })}
          <button
            type="button"
            className="selection-toolbar__note"
            aria-label={t('notes.addNoteLabel')}
            aria-keyshortcuts={NOTE_KEY}
            onClick={() => onNote(selected.target)}
          >
            <NoteIcon withText />
            <span aria-hidden="true">{t('notes.addNote')}</span>
          </button>
        </>
      ) : (
        <p className="selection-toolbar__message">{t('notes.selectionTooLong')}</p>
      )}
    </div>
  );
}
