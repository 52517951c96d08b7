// Taking notes out of Naslag and bringing them in: all notes as W3C Web
// Annotation JSON (a download), and an import from a file the user picks. The
// file is untrusted: one that is too big is refused before it is read, and the
// store refuses a malformed one whole, changing nothing. The report says how
// many notes were added, updated or unchanged, and why each skipped one was.
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES } from '@core/annotations/import';
import type { ImportReport } from '@core/contract/api';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { downloadText, localDate } from './download';
import { useNotesStore } from './notes-context';

type Outcome = { kind: 'report'; report: ImportReport } | { kind: 'refused'; message: string };

export function NotesExchange() {
  const t = useT();
  const announce = useAnnounce();
  const store = useNotesStore();
  const inputId = useId();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);

  const exportAll = async () => {
    setExportProblem(null);
    try {
      const text = await store.exportText('json');
      const fileName = `naslag-notities-${localDate()}.json`;
      downloadText(fileName, text, 'application/ld+json');
      announce(t('notes.exported', fileName));
    } catch (error) {
      setExportProblem(t('notes.exportFailed', store.describe(error)));
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again reads it again.
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({
        kind: 'refused',
        message: t('notes.importTooLarge', MAX_IMPORT_BYTES / 1024 / 1024),
      });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        setOutcome({ kind: 'refused', message: t('notes.importUnreadable') });
        return;
      }
      const report = await store.importText(text);
      setOutcome({ kind: 'report', report });
    } catch (error) {
      setOutcome({ kind: 'refused', message: t('notes.importFailed', store.describe(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="notes-exchange" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('notes.exportImport')}</h2>
      <div className="notes-exchange__row">
        <Button onClick={() => void exportAll()}>{t('notes.exportJson')}</Button>
        <p className="field-hint">{t('notes.exportHint')}</p>
        {exportProblem && (
          <p className="note-state note-state--failed" role="alert">
            {exportProblem}
          </p>
        )}
      </div>
      <div className="notes-exchange__row">
        <label htmlFor={inputId} className="field-label">
          {t('notes.importFile')}
        </label>
        <p id={hintId} className="field-hint">
          {t('notes.importHint')}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json,application/ld+json"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(event) => void importFile(event)}
        />
        <p role="status" className="notes-exchange__busy">
          {busy ? t('notes.importing') : ''}
        </p>
        {outcome?.kind === 'refused' && (
          <p className="note-state note-state--failed" role="alert">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'report' && <ImportReportView report={outcome.report} />}
      </div>
    </section>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <div className="import-report" role="status">
      <h3>{t('notes.importReportTitle')}</h3>
      <p>
        {t(
          'notes.importCounts',
          report.added,
          report.updated,
          report.unchanged,
          report.skipped.length,
        )}
      </p>
      {report.skipped.length > 0 && (
        <>
          <h4>{t('notes.importSkippedTitle')}</h4>
          <ul className="import-report__skipped">
            {report.skipped.map((skipped) => (
              <li key={`${skipped.index}-${skipped.id ?? ''}`}>
                {t('notes.importSkippedItem', skipped.index, skipped.id, skipped.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
