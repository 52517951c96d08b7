// The notes layer of a letter on screen (the reader, a compare pane): it gives
// the letter's paragraphs their highlights and markers (through context), shows
// the selection toolbar, and holds the note editor. Its wrapper has no box of
// its own (display: contents), so the letter's layout is unchanged.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { HighlightColor } from '@core/annotations/model';
import { paragraphTarget } from '@core/annotations/target';
import type { NoteTarget } from '@core/annotations/target';
import type { Letter } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { HoveredNoteContext, LetterNotesContext, NOTE_PARAM } from './letter-notes-context';
import type { LetterNotesValue } from './letter-notes-context';
import { newNote } from './new-note';
import { preloadNoteMarkdown } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { useNotePlacement, useNotes, useNotesStore } from './notes-context';
import { paragraphNotes, rangesByParagraph } from './placed-notes';
import { SelectionToolbar } from './SelectionToolbar';
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

  const noteOnSelection = useCallback(
    (target: NoteTarget) =>
      setEditing({ kind: 'new', note: newNote(letter.id, target, lastColor) }),
    [letter.id],
  );

  return (
    <LetterNotesContext.Provider value={value}>
      <HoveredNoteContext.Provider value={hovered}>
        <div ref={rootRef} className="letter-notes">
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
