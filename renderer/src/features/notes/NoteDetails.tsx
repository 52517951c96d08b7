// What a note says, wherever it is shown (the reader's popover, the notes list):
// its colour by name, whether it is saved, its text and its labels.
import type { Note } from '@core/annotations/model';
import { useT } from '../../i18n/i18n';
import { colorNameKey } from './colors';
import { NoteBody } from './NoteBody';
import type { NoteState } from './notes-store';

export function NoteStateBadge({ state, error }: { state: NoteState; error: string | null }) {
  const t = useT();
  if (state === 'saved') return null;
  if (state === 'failed') {
    return (
      <p className="note-state note-state--failed" role="alert">
        <strong>{t('notes.stateFailed')}.</strong> {error}
      </p>
    );
  }
  return (
    <p className="note-state" role="status">
      {t(state === 'saving' ? 'notes.stateSaving' : 'notes.stateDeleting')}
    </p>
  );
}

export function NoteTags({ tags }: { tags: readonly string[] }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <p className="note-tags">
      <span className="visually-hidden">{t('notes.tagsLabel')}: </span>
      {tags.map((tag) => (
        <span key={tag} className="note-tag">
          {tag}
        </span>
      ))}
    </p>
  );
}

export function NoteDetails({ note, showEmpty = false }: { note: Note; showEmpty?: boolean }) {
  const t = useT();
  return (
    <>
      <p className={`note-color note-color--${note.color}`}>
        <span className="note-color__swatch" aria-hidden="true" />
        {t(colorNameKey(note.color))}
      </p>
      {note.body.trim() !== '' ? (
        <NoteBody body={note.body} />
      ) : (
        showEmpty && <p className="note-empty">{t('notes.noBody')}</p>
      )}
      <NoteTags tags={note.tags} />
    </>
  );
}
