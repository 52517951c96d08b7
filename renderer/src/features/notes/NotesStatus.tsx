// The app-wide state of the user's notes, in the corner of every view: notes
// still being saved, notes whose save failed (with the store's message, "Opnieuw
// proberen" and the choice to give the change up), and the note just deleted,
// with "Ongedaan maken". An unsaved note is offered here until it is saved or
// given up, so leaving the view where it was made loses nothing.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { useNotes, useNotesStore } from './notes-context';
import './notes.css';
import './notes-status.css';

/** How long the undo offer stays when the user does not point at or focus it. */
const UNDO_MS = 12_000;

function excerpt(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  return folded.length > 50 ? `${folded.slice(0, 47)}…` : folded;
}

export function NotesStatus() {
  const t = useT();
  const { entries } = useNotes();
  const store = useNotesStore();
  const saving = entries.filter((entry) => entry.state === 'saving').length;
  const failed = entries.filter((entry) => entry.state === 'failed');

  return (
    <div className="notes-status">
      {/* Seen, not announced: the outcome of each save is announced on its own. */}
      {saving > 0 && <p className="notes-status__saving">{t('notes.savingCount', saving)}</p>}
      {failed.length > 0 && (
        <section
          className="notes-status__failed"
          role="alert"
          aria-label={t('notes.unsavedTitle', failed.length)}
        >
          <h2>{t('notes.unsavedTitle', failed.length)}</h2>
          <ul>
            {failed.map(({ note, error }) => (
              <li key={note.id}>
                <p>
                  <q>{excerpt(note.body || note.quote?.exact || note.paragraphStart || '')}</q>{' '}
                  {error}
                </p>
                <Button size="small" variant="primary" onClick={() => void store.retry(note.id)}>
                  {t('notes.retry')}
                </Button>{' '}
                <Button size="small" variant="subtle" onClick={() => store.discard(note.id)}>
                  {t('notes.discard')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <UndoDelete />
    </div>
  );
}

function UndoDelete() {
  const t = useT();
  const announce = useAnnounce();
  const store = useNotesStore();
  const { deleted } = useNotes();
  const latest = deleted[0];
  const [held, setHeld] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!latest || held) return;
    const timer = window.setTimeout(() => store.forgetDeleted(latest.id), UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [latest, held, store]);

  const undo = async (id: string) => {
    setHeld(false);
    const result = await store.undoDelete(id);
    if (result.ok) {
      setMessage(null);
      announce(t('notes.undone'));
    } else {
      setMessage(t('notes.saveFailed', result.message));
    }
  };

  return (
    <>
      {message && (
        <p className="notes-status__message" role="alert">
          {message}
        </p>
      )}
      {/* Always present, so "Notitie verwijderd — Ongedaan maken" is heard when it appears. */}
      <div aria-live="polite">
        {latest && (
          <div
            className="notes-status__undo"
            onMouseEnter={() => setHeld(true)}
            onMouseLeave={() => setHeld(false)}
            onFocus={() => setHeld(true)}
            onBlur={() => setHeld(false)}
          >
            <span>{t('notes.deleted')} — </span>
            <Button size="small" variant="secondary" onClick={() => void undo(latest.id)}>
              {t('notes.undo')}
            </Button>
            <Button
              size="small"
              variant="subtle"
              aria-label={t('notes.dismiss')}
              onClick={() => store.forgetDeleted(latest.id)}
            >
              ×
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
