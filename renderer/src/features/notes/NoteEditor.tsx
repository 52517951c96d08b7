// Writing or changing a note: the passage it belongs to, its colour (by name),
// its text and labels. It opens with focus in the text; Ctrl+Enter saves.
// "Opslaan" shows that it is saving and closes only once the store has the
// note; when saving fails the dialog stays open with the store's message and
// "Opnieuw proberen". Typed text is never lost: it is kept as a draft through
// the services while the user types, Escape with unsaved text asks whether to
// keep it as a draft or discard it, and a kept draft comes back when the note
// is opened again, after a restart too.
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { HighlightColor, Note } from '@core/annotations/model';
import { useOnLeaving } from '../../app/use-on-leaving';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { colorNameKey, HIGHLIGHT_COLORS } from './colors';
import { discardDraft, draftKey, keepDraft, useDrafts } from './drafts';
import { useNotesStore } from './notes-context';
import './note-editor.css';

const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 60;
/** How long typing must pause before the draft is kept. */
const DRAFT_DELAY_MS = 600;

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
  const key = draftKey(note, isNew);
  const drafts = useDrafts();
  // Read once: the draft the editor opens with, not one it keeps itself later.
  const [draft] = useState(() => drafts.find((kept) => kept.key === key));
  const start = draft?.note ?? note;
  const [color, setColor] = useState<HighlightColor>(start.color);
  const [body, setBody] = useState(start.body);
  const [tags, setTags] = useState(start.tags.join(', '));
  const [status, setStatus] = useState<'editing' | 'saving' | 'failed'>('editing');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  const tagsId = useId();
  const hintId = useId();
  const tagsHintId = useId();
  const askId = useId();

  const unsaved =
    body !== note.body || tags.trim() !== note.tags.join(', ') || color !== note.color;
  const edited = { ...note, color, body, tags: parseTags(tags) };

  // Kept while typing, so even a crash or a power cut leaves the words.
  const keepTyped = () => {
    if (unsaved && status !== 'saving') keepDraft(key, edited).catch(() => undefined);
  };
  const keepWhileTyping = useEffectEvent(keepTyped);
  useEffect(() => {
    if (!unsaved || status === 'saving') return;
    const timer = window.setTimeout(keepWhileTyping, DRAFT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [body, tags, color, unsaved, status]);
  // Closing the window within that pause would lose the last words.
  useOnLeaving(keepTyped);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const close = (keep: boolean) => {
    if (keep) {
      keepDraft(key, edited).then(
        () => announce(t('notes.draftKept')),
        () => announce(t('notes.draftNotKept')),
      );
    } else {
      discardDraft(key).catch(() => undefined);
    }
    onClose();
  };

  const requestClose = () => {
    if (status === 'saving') return;
    // After a failed save the notes store holds the note as unsaved and offers to retry;
    // the draft stays too, for a restart.
    if (status === 'failed') {
      onClose();
      return;
    }
    if (asking || !unsaved) {
      // Escape while asking keeps the words: the safe answer.
      close(unsaved);
      return;
    }
    setAsking(true);
  };

  const saveOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (status === 'saving') return;
    setAsking(false);
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
      discardDraft(key).catch(() => undefined);
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
      onCloseRequest={requestClose}
      initialFocus={bodyRef}
      className="note-editor"
    >
      <form onSubmit={(event) => void save(event)} onKeyDown={saveOnCtrlEnter}>
        {draft && (
          <p className="note-editor__draft" role="status">
            {t('notes.draftRestored')}
          </p>
        )}
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
          ref={bodyRef}
          aria-keyshortcuts="Control+Enter"
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
        {asking && (
          <div className="note-editor__unsaved" role="group" aria-labelledby={askId}>
            <p id={askId}>{t('notes.unsavedQuestion')}</p>
            <div className="note-editor__actions">
              <Button ref={keepRef} onClick={() => close(true)}>
                {t('notes.keepDraft')}
              </Button>
              <Button onClick={() => close(false)}>{t('notes.discardDraft')}</Button>
              <Button
                variant="subtle"
                onClick={() => {
                  setAsking(false);
                  bodyRef.current?.focus();
                }}
              >
                {t('notes.continueWriting')}
              </Button>
            </div>
          </div>
        )}
        <div className="note-editor__actions">
          <Button
            type="submit"
            variant="primary"
            disabled={status === 'saving'}
            aria-keyshortcuts="Control+Enter"
          >
            {status === 'failed' ? t('notes.retry') : t('notes.save')}
          </Button>
          <Button variant="subtle" onClick={requestClose}>
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
