// The notes layer of a letter on screen (the reader, a compare pane): it gives
// the letter's paragraphs their highlights and markers (through context), shows
// the selection toolbar, and holds the note editor. Its wrapper has no box of
// its own (display: contents), so the letter's layout is unchanged.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { HighlightColor } from '@core/annotations/model';
import { paragraphTarget } from '@core/annotations/target';
import type { NoteTarget } from '@core/annotations/target';
import type { Letter } from '@core/corpus/model';
import { isShortcutEvent } from '../../app/keyboard';
import { useSearchParams } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { letterSelection } from '../reader/selection';
import { HoveredNoteContext, LetterNotesContext, NOTE_PARAM } from './letter-notes-context';
import type { LetterNotesValue } from './letter-notes-context';
import { discardDraft, useDrafts } from './drafts';
import { newNote } from './new-note';
import { preloadNoteMarkdown } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { useNotePlacement, useNotes, useNotesStore } from './notes-context';
import { paragraphNotes, rangesByParagraph } from './placed-notes';
import { NOTE_KEY, SelectionToolbar } from './SelectionToolbar';
import './notes.css';

type Editing = { kind: 'new'; note: ReturnType<typeof newNote> } | { kind: 'edit'; noteId: string };

// The colour "h" uses: the one chosen last, for as long as the app runs.
let lastColor: HighlightColor = 'yellow';

export function LetterNotes({ letter, children }: { letter: Letter; children: ReactNode }) {
  const t = useT();
  const announce = useAnnounce();
  const store = useNotesStore();
  const { entries } = useNotes();
  const { placed } = useNotePlacement();
  const [params] = useSearchParams();
  const targetNoteId = params.get(NOTE_PARAM);
  const rootRef = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [colorShown, setColorShown] = useState(lastColor);

  const value = useMemo<LetterNotesValue>(() => {
    const ofLetter = placed.filter((item) => item.note.letterId === letter.id);
    return {
      letter,
      ranges: rangesByParagraph(ofLetter, letter),
      paragraphNotes: paragraphNotes(ofLetter, letter),
      placedById: new Map(ofLetter.map((item) => [item.note.id, item])),
      targetNoteId,
      editNote: (noteId) => setEditing({ kind: 'edit', noteId }),
      newParagraphNote: (paragraphId) => {
        const target = paragraphTarget(letter, paragraphId);
        if (target) setEditing({ kind: 'new', note: newNote(letter.id, target, lastColor) });
      },
      hover: setHovered,
    };
  }, [placed, letter, targetNoteId]);
  const hasNotes = value.placedById.size > 0;
  // A letter with notes will show one soon: have its Markdown ready after the text is up.
  useEffect(() => {
    if (hasNotes) void preloadNoteMarkdown();
  }, [hasNotes]);

  const highlight = useCallback(
    (target: NoteTarget, color: HighlightColor) => {
      lastColor = color;
      setColorShown(color);
      window.getSelection()?.removeAllRanges();
      void store.save(newNote(letter.id, target, color)).then((result) => {
        announce(result.ok ? t('notes.saved') : t('notes.saveFailed', result.message));
      });
    },
    [store, letter.id, announce, t],
  );

  // "n" on a focused paragraph without a selection notes the whole paragraph; with words
  // of the letter selected, the key is the toolbar's, whichever listener hears it first.
  const noteOnFocusedParagraph = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== NOTE_KEY || event.shiftKey || !isShortcutEvent(event)) return;
    if (document.querySelector('dialog[open]')) return;
    const root = rootRef.current;
    if (root && letterSelection(root, window.getSelection())) return;
    const paragraph = (event.target as HTMLElement).closest?.<HTMLElement>('[data-paragraph-id]');
    const id = paragraph?.dataset.paragraphId;
    if (!root || !paragraph || !root.contains(paragraph) || !id) return;
    event.preventDefault();
    value.newParagraphNote(id);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => noteOnFocusedParagraph(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const noteOnSelection = useCallback(
    (target: NoteTarget) =>
      setEditing({ kind: 'new', note: newNote(letter.id, target, lastColor) }),
    [letter.id],
  );

  return (
    <LetterNotesContext.Provider value={value}>
      <HoveredNoteContext.Provider value={hovered}>
        <div ref={rootRef} className="letter-notes">
          <DraftsNotice letter={letter} onContinue={setEditing} />
          {children}
        </div>
        <SelectionToolbar
          letter={letter}
          root={rootRef}
          lastColor={colorShown}
          onHighlight={highlight}
          onNote={noteOnSelection}
        />
        {editing && (
          <EditorFor
            editing={editing}
            letter={letter}
            value={value}
            entries={entries}
            onClose={() => setEditing(null)}
          />
        )}
      </HoveredNoteContext.Provider>
    </LetterNotesContext.Provider>
  );
}

/** The drafts kept on this letter, to finish or discard: words are never silently dropped. */
function DraftsNotice({
  letter,
  onContinue,
}: {
  letter: Letter;
  onContinue(editing: Editing): void;
}) {
  const t = useT();
  const { entries } = useNotes();
  const all = useDrafts();
  // A draft whose words have since been saved (a retry from the status) is done.
  const savedBody = new Map(entries.map((entry) => [entry.note.id, entry.saved?.body]));
  const done = all.filter((draft) => savedBody.get(draft.note.id) === draft.note.body);
  const doneKeys = done.map((draft) => draft.key).join('\n');
  useEffect(() => {
    for (const key of doneKeys.split('\n').filter(Boolean))
      discardDraft(key).catch(() => undefined);
  }, [doneKeys]);
  const drafts = all.filter((draft) => draft.note.letterId === letter.id && !done.includes(draft));
  if (drafts.length === 0) return null;
  return (
    <section className="drafts-notice" aria-labelledby={`concepten-${letter.id}`}>
      <h2 id={`concepten-${letter.id}`} className="drafts-notice__title">
        {t('notes.draftsTitle')}
      </h2>
      <ul>
        {drafts.map((draft) => {
          const paragraph = letter.paragraphs.find((p) => p.id === draft.note.paragraphId);
          const where = paragraph ? t('notes.paragraphNumber', paragraph.n) : letter.title;
          const preview = draft.note.body.replace(/\s+/g, ' ').trim();
          return (
            <li key={draft.key}>
              <span>
                {t(
                  'notes.draftAt',
                  where,
                  preview.length > 60 ? `${preview.slice(0, 60)}…` : preview,
                )}
              </span>{' '}
              <Button
                size="small"
                onClick={() =>
                  onContinue(
                    draft.key.startsWith('new:')
                      ? { kind: 'new', note: draft.note }
                      : { kind: 'edit', noteId: draft.note.id },
                  )
                }
              >
                {t('notes.draftContinue')}
              </Button>{' '}
              <Button
                size="small"
                variant="subtle"
                onClick={() => discardDraft(draft.key).catch(() => undefined)}
              >
                {t('notes.draftDiscard')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function EditorFor({
  editing,
  letter,
  value,
  entries,
  onClose,
}: {
  editing: Editing;
  letter: Letter;
  value: LetterNotesValue;
  entries: ReturnType<typeof useNotes>['entries'];
  onClose(): void;
}) {
  const t = useT();
  const note =
    editing.kind === 'new'
      ? editing.note
      : entries.find((entry) => entry.note.id === editing.noteId)?.note;
  if (!note) return null;
  const placed = value.placedById.get(note.id);
  const paragraph = letter.paragraphs.find(
    (p) => p.id === (placed?.anchor.paragraphId ?? note.paragraphId),
  );
  const passage = note.quote ? (placed?.text ?? note.quote.exact) : null;
  return (
    <NoteEditor
      key={note.id}
      note={note}
      isNew={editing.kind === 'new'}
      passage={passage}
      paragraphLabel={paragraph ? t('notes.wholeParagraph', paragraph.n) : undefined}
      onClose={onClose}
    />
  );
}
