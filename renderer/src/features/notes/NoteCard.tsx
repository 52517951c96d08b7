// One note in the notes list: colour, the passage (as the letter reads now, or
// as saved when it is not found), the note and labels, the pinpoint citation,
// and its actions: open the passage in the reader, edit, delete.
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n';
import { formatDate } from '../../i18n/dates';
import { Button } from '../../ui/Button';
import { localDate } from './download';
import { NoteDetails, NoteStateBadge } from './NoteDetails';
import { notePath } from './note-paths';
import { useNotesStore } from './notes-context';
import type { OrphanNote, PlacedNote } from './placed-notes';

export interface NoteCardProps {
  item: PlacedNote | OrphanNote;
  onEdit(noteId: string): void;
  onProblem(message: string): void;
}

export function NoteCard({ item, onEdit, onProblem }: NoteCardProps) {
  const t = useT();
  const store = useNotesStore();
  const { note, entry } = item;
  const placed = 'text' in item ? item : null;
  const remove = async () => {
    const result = await store.remove(note.id);
    if (!result.ok) onProblem(t('notes.deleteFailed', result.message));
  };

  return (
    <article
      className={`note-card note-card--${note.color}`}
      aria-label={placed?.citation ?? item.citation ?? undefined}
    >
      <header className="note-card__source">
        {placed ? (
          <p className="note-card__citation">{placed.citation}</p>
        ) : (
          <p className="note-card__citation">
            {item.citation ?? t('notes.orphanUnknownLetter', note.letterId)}
          </p>
        )}
        {placed?.sectionTitle && <p className="note-card__section">{placed.sectionTitle}</p>}
      </header>
      {placed ? (
        note.quote ? (
          <blockquote className="note-card__quote">{placed.text}</blockquote>
        ) : (
          <p className="note-card__quote note-card__quote--paragraph">
            {t('notes.wholeParagraph', placed.paragraphN)}
          </p>
        )
      ) : (
        'storedQuote' in item &&
        item.storedQuote && (
          <figure className="note-card__stored">
            <figcaption>{t('notes.orphanQuote')}</figcaption>
            <blockquote className="note-card__quote">{item.storedQuote}</blockquote>
          </figure>
        )
      )}
      {placed?.anchor.status === 'moved' && <p className="note-moved">{t('notes.statusMoved')}</p>}
      <NoteStateBadge state={entry.state} error={entry.error} />
      <NoteDetails note={note} />
      <footer className="note-card__footer">
        <span className="note-card__date">
          {t('notes.modifiedOn', formatDate(t, localDate(new Date(note.modified))))}
        </span>
        <span className="note-card__actions">
          {placed && (
            <Link
              className="button button--secondary button--small"
              to={notePath(note.letterId, placed.anchor.paragraphId, note.id)}
            >
              {t('notes.openInLetter')}
            </Link>
          )}
          {entry.state === 'failed' && (
            <Button size="small" variant="primary" onClick={() => void store.retry(note.id)}>
              {t('notes.retry')}
            </Button>
          )}
          <Button size="small" onClick={() => onEdit(note.id)}>
            {t('notes.edit')}
          </Button>
          <Button
            size="small"
            variant="subtle"
            disabled={entry.state === 'deleting'}
            onClick={() => void remove()}
          >
            {t('notes.delete')}
          </Button>
        </span>
      </footer>
    </article>
  );
}
