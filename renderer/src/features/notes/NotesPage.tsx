// The notes list (route "/notities"): every note with its passage, text,
// labels, colour and pinpoint citation; filterable and sortable; each opens its
// passage in the reader. Notes whose passage is not found are listed apart
// under "Niet gevonden" with the quote as saved, whatever the filters: they
// are never hidden and never dropped.
import { useMemo, useState } from 'react';
import { useCorpus } from '../../app/corpus';
import { Link, useSearchParams } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { NotesExchange } from './NotesExchange';
import { filterFromParams, filterToParams, NotesFilters } from './NotesFilters';
import { briefPath } from './note-paths';
import { useNotePlacement, useNotes, useNotesStore } from './notes-context';
import { allTags, filterNotes } from './notes-filter';
import './notes-page.css';

export function NotesPage() {
  const t = useT();
  const corpus = useCorpus();
  const store = useNotesStore();
  const { load, entries } = useNotes();
  const { placed, orphans } = useNotePlacement();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const shown = useMemo(() => filterNotes(placed, filter), [placed, filter]);
  const tags = useMemo(() => allTags([...placed, ...orphans]), [placed, orphans]);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const total = placed.length + orphans.length;

  const editingEntry = editing ? entries.find((entry) => entry.note.id === editing) : undefined;
  const editingPlaced = placed.find((item) => item.note.id === editing);

  return (
    <div className="page notes-page">
      <h1 tabIndex={-1}>{t('notes.title')}</h1>
      <p className="page__intro">{t('notes.intro')}</p>
      <p>
        <Link className="button button--primary" to={briefPath()}>
          {t('notes.briefLink')}
        </Link>
      </p>

      {load.state === 'failed' && (
        <div className="note-state note-state--failed" role="alert">
          <p>{t('notes.loadFailed', load.error)}</p>
          <Button size="small" onClick={() => void store.reload()}>
            {t('notes.retryLoad')}
          </Button>
        </div>
      )}
      {(load.state === 'loading' || load.state === 'idle') && (
        <p role="status">{t('notes.loading')}</p>
      )}
      {problem && (
        <p className="note-state note-state--failed" role="alert">
          {problem}
        </p>
      )}

      {load.state === 'loaded' && total === 0 && (
        <p className="notes-page__empty">{t('notes.empty')}</p>
      )}

      {placed.length > 0 && (
        <>
          <NotesFilters
            filter={filter}
            letters={corpus.letters}
            tags={tags}
            onChange={(next) => setParams(filterToParams(next), { replace: true })}
          />
          <p className="notes-page__count" aria-live="polite">
            {shown.length > 0
              ? t('notes.count', shown.length, placed.length)
              : t('notes.noMatches')}
          </p>
          <ul className="notes-list">
            {shown.map((item) => (
              <li key={item.note.id}>
                <NoteCard item={item} onEdit={setEditing} onProblem={setProblem} />
              </li>
            ))}
          </ul>
        </>
      )}

      {orphans.length > 0 && (
        <section className="notes-orphans" aria-labelledby="niet-gevonden">
          <h2 id="niet-gevonden">{t('notes.orphansTitle')}</h2>
          <p>{t('notes.orphansIntro')}</p>
          <ul className="notes-list">
            {orphans.map((item) => (
              <li key={item.note.id}>
                <NoteCard item={item} onEdit={setEditing} onProblem={setProblem} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <NotesExchange />

      {editingEntry && (
        <NoteEditor
          key={editingEntry.note.id}
          note={editingEntry.note}
          isNew={false}
          passage={
            editingEntry.note.quote ? (editingPlaced?.text ?? editingEntry.note.quote.exact) : null
          }
          paragraphLabel={
            editingPlaced ? t('notes.wholeParagraph', editingPlaced.paragraphN) : undefined
          }
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
