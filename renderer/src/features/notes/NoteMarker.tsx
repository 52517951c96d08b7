// The marker after a highlight (or at the start of a paragraph with a note on
// the whole paragraph): a small button with the note glyph. Pointing at the
// highlight or the marker, or focusing the marker, shows the note as a
// tooltip; activating it opens a panel with the note and its actions. Both
// panels are placed outside the paragraph's text (a portal), so their words
// never become part of a quote or a selection's offsets.
import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { colorNameKey } from './colors';
import { HoveredNoteContext, useLetterNotes } from './letter-notes-context';
import { NoteDetails, NoteStateBadge } from './NoteDetails';
import { NoteIcon } from './NoteIcon';
import { useNotesStore } from './notes-context';
import type { PlacedNote } from './placed-notes';
import { NO_COPY } from '../reader/copy-text';

const PANEL_WIDTH = 352;

function excerpt(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  return folded.length > 60 ? `${folded.slice(0, 57)}…` : folded;
}

/** Puts a panel just below the marker, in document coordinates, inside the window's width. */
function placeBelow(panel: HTMLElement | null, button: HTMLElement | null): void {
  if (!panel || !button) return;
  const rect = button.getBoundingClientRect();
  const maxLeft = Math.max(8, window.innerWidth - PANEL_WIDTH - 16);
  panel.style.top = `${rect.bottom + window.scrollY + 6}px`;
  panel.style.left = `${Math.min(Math.max(8, rect.left - 24), maxLeft) + window.scrollX}px`;
}

export interface NoteMarkerProps {
  placed: PlacedNote;
  tabIndex: number;
  /** A note on the whole paragraph: its marker opens the paragraph's text. */
  wholeParagraph?: boolean;
}

export function NoteMarker({ placed, tabIndex, wholeParagraph = false }: NoteMarkerProps) {
  const t = useT();
  const context = useLetterNotes();
  const store = useNotesStore();
  const { note, entry } = placed;
  const hovered = useContext(HoveredNoteContext) === note.id;
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pointing, setPointing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const peekId = useId();
  const panelId = useId();
  const peek = !open && (focused || hovered || pointing);
  const color = t(colorNameKey(note.color));
  const hasBody = note.body.trim() !== '';
  const label = hasBody
    ? t('notes.noteLabel', color, excerpt(placed.text))
    : t('notes.highlightLabel', color, excerpt(placed.text));

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setProblem(null);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  };

  const onPanelBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !panelRef.current?.contains(next) && next !== buttonRef.current) close(false);
  };

  const remove = async () => {
    const result = await store.remove(note.id);
    if (result.ok) close(false);
    else setProblem(t('notes.deleteFailed', result.message));
  };

  const classes = [
    'note-marker',
    `note-marker--${note.color}`,
    `note-marker--${entry.state}`,
    context?.targetNoteId === note.id ? 'note-marker--target' : '',
  ].join(' ');

  return (
    <span
      className={`note-marker-wrap ${wholeParagraph ? 'note-marker-wrap--paragraph' : ''}`}
      onKeyDown={onKeyDown}
      {...NO_COPY}
    >
      <button
        ref={buttonRef}
        type="button"
        className={classes}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-describedby={peek ? peekId : undefined}
        data-note-id={note.id}
        tabIndex={tabIndex}
        onClick={() => (open ? close(false) : setOpen(true))}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onMouseEnter={() => setPointing(true)}
        onMouseLeave={() => setPointing(false)}
      >
        <NoteIcon withText={hasBody} />
      </button>
      {peek &&
        createPortal(
          <div
            id={peekId}
            role="tooltip"
            ref={(element) => placeBelow(element, buttonRef.current)}
            className="note-panel note-panel--peek"
          >
            <NoteStateBadge state={entry.state} error={entry.error} />
            <NoteDetails note={note} />
          </div>,
          document.body,
        )}
      {open &&
        createPortal(
          <div
            ref={(element) => {
              panelRef.current = element;
              placeBelow(element, buttonRef.current);
            }}
            id={panelId}
            role="dialog"
            aria-label={label}
            tabIndex={-1}
            className="note-panel"
            onBlur={onPanelBlur}
            onKeyDown={onKeyDown}
          >
            <NoteStateBadge state={entry.state} error={entry.error} />
            <NoteDetails note={note} showEmpty />
            {placed.anchor.status === 'moved' && (
              <p className="note-moved">{t('notes.statusMoved')}</p>
            )}
            <p className="note-panel__citation">{placed.citation}</p>
            {problem && (
              <p className="note-state note-state--failed" role="alert">
                {problem}
              </p>
            )}
            <div className="note-panel__actions">
              {entry.state === 'failed' && (
                <Button size="small" variant="primary" onClick={() => void store.retry(note.id)}>
                  {t('notes.retry')}
                </Button>
              )}
              <Button
                size="small"
                onClick={() => {
                  close(false);
                  context?.editNote(note.id);
                }}
              >
                {t('notes.edit')}
              </Button>
              {entry.state === 'failed' && (
                <Button size="small" variant="subtle" onClick={() => store.discard(note.id)}>
                  {t('notes.discard')}
                </Button>
              )}
              <Button
                size="small"
                variant="subtle"
                disabled={entry.state === 'deleting'}
                onClick={() => void remove()}
              >
                {t('notes.delete')}
              </Button>
            </div>
          </div>,
          document.body,
        )}
    </span>
  );
}
