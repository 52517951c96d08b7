// Writing or changing a note: the passage it belongs to, its colour (by name),
// its text and labels. "Opslaan" shows that it is saving and closes only once
// the store has the note; when saving fails the dialog stays open with the
// store's message and "Opnieuw proberen", and the text stays where it is
// (closing leaves it as an unsaved draft the app keeps offering to save).
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { HighlightColor, Note } from '@core/annotations/model';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { colorNameKey, HIGHLIGHT_COLORS } from './colors';
import { useNotesStore } from './notes-context';
import './note-editor.css';

const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 60;

/** The labels typed as "vragen, encryptie": trimmed, without repeats or empties, within the note's limits. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().slice(0, MAX_TAG_LENGTH).trim())
    .filter(Boolean);
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

export interface NoteEditorProps {
  /** The note as the editor starts: a new one, or the current version of an existing one. */
  note: Note;
  isNew: boolean;
  /** The passage, as the letter reads now; null for a note on a whole paragraph. */
  passage: string | null;
  /** For a note on a whole paragraph: "Hele alinea 5". */
  paragraphLabel?: string;
  onClose(): void;
}

export function NoteEditor({ note, isNew, passage, paragraphLabel, onClose }: NoteEditorProps) {
  const t = useT();
  const store = useNotesStore();
  const announce = useAnnounce();
  const [color, setColor] = useState<HighlightColor>(note.color);
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [status, setStatus] = useState<'editing' | 'saving' | 'failed'>('editing');
  const [error, setError] = useState<string | null>(null);
  const bodyId = useId();
  const tagsId = useId();
  const hintId = useId();
  const tagsHintId = useId();

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (status === 'saving') return;
    setStatus('saving');
    setError(null);
    const result = await store.save({
      ...note,
      color,
      body,
      tags: parseTags(tags),
      modified: new Date().toISOString(),
    });
    if (result.ok) {
      announce(t('notes.saved'));
      onClose();
    } else {
      setStatus('failed');
      setError(result.message);
    }
  };

  return (
    <Dialog
      open
      title={t(isNew ? 'notes.editorNewTitle' : 'notes.editorEditTitle')}
      closeLabel={t('notes.cancel')}
      onClose={onClose}
      className="note-editor"
    >
      <form onSubmit={(event) => void save(event)}>
        {passage !== null ? (
          <figure className="note-editor__passage">
            <figcaption>{t('notes.editorQuote')}</figcaption>
            <blockquote>{passage}</blockquote>
          </figure>
        ) : (
          <p className="note-editor__passage">{paragraphLabel}</p>
        )}
        <fieldset className="note-editor__colors">
          <legend>{t('notes.colorLabel')}</legend>
          {HIGHLIGHT_COLORS.map((option) => (
            <label key={option} className={`color-choice color-choice--${option}`}>
              <input
                type="radio"
                name="kleur"
                value={option}
                checked={color === option}
                onChange={() => setColor(option)}
              />
              <span className="color-choice__swatch" aria-hidden="true" />
              {t(colorNameKey(option))}
            </label>
          ))}
        </fieldset>
        <label htmlFor={bodyId} className="field-label">
          {t('notes.editorBody')}
        </label>
        <p id={hintId} className="field-hint">
          {t('notes.editorBodyHint')}
        </p>
        <textarea
          id={bodyId}
          className="text-input note-editor__body"
          aria-describedby={hintId}
          rows={6}
          maxLength={20_000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          autoFocus
        />
        <label htmlFor={tagsId} className="field-label">
          {t('notes.editorTags')}
        </label>
        <p id={tagsHintId} className="field-hint">
          {t('notes.editorTagsHint')}
        </p>
        <input
          id={tagsId}
          className="text-input"
          aria-describedby={tagsHintId}
          value={tags}
          onChange={(event) => setTags(event.target.value)}
        />
        {status === 'failed' && error && (
          <div className="note-editor__error" role="alert">
            <p>{t('notes.saveFailed', error)}</p>
            <p>{t('notes.unsavedKept')}</p>
          </div>
        )}
        <div className="note-editor__actions">
          <Button type="submit" variant="primary" disabled={status === 'saving'}>
            {status === 'failed' ? t('notes.retry') : t('notes.save')}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t('notes.cancel')}
          </Button>
          <span className="note-editor__status" role="status">
            {status === 'saving' ? t('notes.saving') : ''}
          </span>
        </div>
      </form>
    </Dialog>
  );
}
