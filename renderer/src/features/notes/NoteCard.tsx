// One note in the notes list, compact so a screenful shows about ten: the
// pinpoint citation, section, colour and when it was changed on one line; the
// passage (as the letter reads now, a whole paragraph by its opening words, or
// as saved when it is not found) and the note, each cut to a line or two; and
// its actions: open the passage in the reader, edit, delete.
import { Link } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { formatDateTime } from '../../i18n/dates';
import { Button } from '../../ui/Button';
import { colorNameKey } from './colors';
import { NoteBody } from './NoteBody';
import { NoteStateBadge, NoteTags } from './NoteDetails';
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
        <span className="note-card__citation">
          {placed?.citation ?? item.citation ?? t('notes.orphanUnknownLetter', note.letterId)}
        </span>
        {placed?.sectionTitle && <span className="note-card__section">{placed.sectionTitle}</span>}
        <span className={`note-color note-color--${note.color}`}>
          <span className="note-color__swatch" aria-hidden="true" />
          {t(colorNameKey(note.color))}
        </span>
        <span className="note-card__date">
          {t('notes.modifiedOn', formatDateTime(t, new Date(note.modified)))}
        </span>
        <NoteTags tags={note.tags} />
      </header>
      {placed ? (
        note.quote ? (
          <blockquote className="note-card__quote">{placed.text}</blockquote>
        ) : (
          // A whole paragraph is named by its opening words, as the letter reads.
          <blockquote className="note-card__quote">
            <span className="note-card__paragraph">
              {t('notes.paragraphNumber', placed.paragraphN)}:
            </span>{' '}
            {placed.text}
          </blockquote>
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
      {note.body.trim() !== '' && <NoteBody body={note.body} />}
      <footer className="note-card__actions">
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
      </footer>
    </article>
  );
}
