// The debate brief (route "/notities/brief"): the user picks notes, chooses how
// to group them, and sees the brief as it will be saved: the passages as the
// letters read now, the notes, labels and pinpoint citations (core's
// formatBrief, the same text 'notes:export' gives). The user can write an
// introduction and move notes up or down within their section. It saves as
// Markdown or Word (.docx), prints (the print stylesheet shows the brief
// alone) and, where the shell can, saves as PDF.
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { buildBrief, briefMarkdown } from '@core/annotations/brief';
import type { BriefGrouping } from '@core/annotations/brief';
import { call } from '../../app/api-client';
import { useCorpus } from '../../app/corpus';
import { Link } from '../../app/router';
import { useSettings } from '../../app/settings';
import { useOnLeaving } from '../../app/use-on-leaving';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button, IconButton } from '../../ui/Button';
import { curatedThemeOf } from '../../../../data/curated/index';
import { downloadFile, localDate } from './download';
import { NoteBody } from './NoteBody';
import { notesPath } from './note-paths';
import { useNotePlacement, useNotes, useNotesStore } from './notes-context';
import type { OrphanNote, PlacedNote } from './placed-notes';
import './notes-page.css';

/** How long typing in the introduction must pause before it is kept. */
const INTRO_SAVE_DELAY_MS = 600;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const GROUPINGS: {
  value: BriefGrouping;
  label: 'notes.briefGroupLetter' | 'notes.briefGroupTheme' | 'notes.briefGroupTag';
}[] = [
  { value: 'letter', label: 'notes.briefGroupLetter' },
  { value: 'theme', label: 'notes.briefGroupTheme' },
  { value: 'tag', label: 'notes.briefGroupTag' },
];

/** What a note in the list is about: its passage as the letter reads now (a whole paragraph's opening words), or the quote as saved. */
function choiceLabel(item: PlacedNote | OrphanNote): string {
  return 'text' in item ? item.text : (item.storedQuote ?? '');
}

function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text;
}

/** The brief without its own title line: the page's heading is that title, once. */
function withoutTitle(markdown: string): string {
  return markdown.replace(/^# .*\n+/, '');
}

function usePrintToPdf(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let cancelled = false;
    call('app:info', {})
      .then((info) => {
        if (!cancelled) setAvailable(info.capabilities.printToPdf);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return available;
}

export function BriefPage() {
  const t = useT();
  const announce = useAnnounce();
  const corpus = useCorpus();
  const store = useNotesStore();
  const { load } = useNotes();
  const { placed, orphans } = useNotePlacement();
  const canPdf = usePrintToPdf();
  const id = useId();
  const allRef = useRef<HTMLInputElement>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [groupBy, setGroupBy] = useState<BriefGrouping>('letter');
  const [problem, setProblem] = useState<string | null>(null);
  const { settings, update } = useSettings();
  // Kept through the settings, so the introduction is there the next time too.
  // Null until the user types: the stored one (which may still be loading) is shown.
  const [typed, setTyped] = useState<string | null>(null);
  const intro = typed ?? settings.briefIntro ?? '';
  const keepTyped = () => {
    if (typed !== null && typed !== (settings.briefIntro ?? '')) void update({ briefIntro: typed });
  };
  const keepIntro = useEffectEvent(keepTyped);
  useEffect(() => {
    const timer = window.setTimeout(keepIntro, INTRO_SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);
  // Leaving the page, or closing the window, keeps what was typed last.
  useEffect(() => () => keepIntro(), []);
  useOnLeaving(keepTyped);
  /** Note ids the user moved, in the order they put them; the rest keep reading order. */
  const [order, setOrder] = useState<readonly string[]>([]);

  // Only what the store has confirmed goes into a brief.
  const candidates = useMemo(() => {
    const confirmed = [...placed, ...orphans].filter((item) => item.entry.saved !== null);
    const rank = new Map(order.map((noteId, index) => [noteId, index]));
    return confirmed.sort(
      (a, b) => (rank.get(a.note.id) ?? Infinity) - (rank.get(b.note.id) ?? Infinity),
    );
  }, [placed, orphans, order]);
  const chosen = useMemo(
    () => candidates.filter((item) => !excluded.has(item.note.id)),
    [candidates, excluded],
  );
  const brief = useMemo(
    () =>
      buildBrief(
        chosen.map((item) => item.entry.saved!),
        corpus,
        { groupBy, themeOf: curatedThemeOf, order, intro },
      ),
    [chosen, corpus, groupBy, order, intro],
  );
  const markdown = useMemo(() => briefMarkdown(brief), [brief]);

  const move = (noteId: string, step: -1 | 1) => {
    const ids = candidates.map((item) => item.note.id);
    const from = ids.indexOf(noteId);
    const to = from + step;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    setOrder(ids);
    announce(t('notes.briefMoved', to + 1, ids.length));
  };

  const saveDocx = async () => {
    setProblem(null);
    try {
      // Loaded on demand: the Word writer is only needed here.
      const { briefDocx } = await import('@core/annotations/brief-docx');
      const bytes = await briefDocx(brief);
      downloadFile(
        `${fileName}.docx`,
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }),
      );
    } catch (error) {
      setProblem(t('notes.briefDocxFailed', store.describe(error)));
    }
  };
  const some = chosen.length > 0 && chosen.length < candidates.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = some;
  }, [some]);

  const toggle = (noteId: string) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(noteId)) next.delete(noteId);
      else next.add(noteId);
      return next;
    });

  const fileName = t('notes.briefFileName', localDate());
  const savePdf = async () => {
    setProblem(null);
    try {
      const result = await call('brief:printToPdf', { suggestedName: fileName });
      if (result.saved && result.file) announce(t('notes.briefPdfSaved', result.file));
    } catch (error) {
      setProblem(t('notes.briefPdfFailed', store.describe(error)));
    }
  };

  return (
    <div className="page brief-page">
      <div className="brief-page__controls">
        <p>
          <Link to={notesPath()}>{t('notes.backToNotes')}</Link>
        </p>
      </div>
      {/* Printed too: it is the brief's title. */}
      <h1 tabIndex={-1}>{t('notes.briefTitle')}</h1>
      <div className="brief-page__controls">
        <p className="page__intro">{t('notes.briefIntro')}</p>
        {load.state === 'failed' && (
          <p className="note-state note-state--failed" role="alert">
            {t('notes.loadFailed', load.error)}
          </p>
        )}
        {load.state === 'loaded' && candidates.length === 0 && <p>{t('notes.empty')}</p>}

        {candidates.length > 0 && (
          <fieldset className="brief-page__select">
            <legend>{t('notes.briefSelect')}</legend>
            <label className="brief-page__all">
              <input
                ref={allRef}
                type="checkbox"
                checked={chosen.length === candidates.length}
                onChange={() =>
                  setExcluded(
                    chosen.length === candidates.length
                      ? new Set(candidates.map((item) => item.note.id))
                      : new Set(),
                  )
                }
              />
              {t('notes.briefSelectAll')}
            </label>
            <p className="field-hint" aria-live="polite">
              {t('notes.briefSelected', chosen.length, candidates.length)}
            </p>
            <ul className="brief-page__choices">
              {candidates.map((item, index) => (
                <li key={item.note.id} className="brief-page__choice">
                  <label>
                    <input
                      type="checkbox"
                      checked={!excluded.has(item.note.id)}
                      onChange={() => toggle(item.note.id)}
                    />
                    <span
                      className={`note-color__swatch note-color--${item.note.color}`}
                      aria-hidden="true"
                    />
                    <span className="brief-page__choice-text">
                      <span className="brief-page__choice-quote">{choiceLabel(item)}</span>
                      <span className="brief-page__choice-source">
                        {item.citation ?? t('notes.orphanUnknownLetter', item.note.letterId)}
                        {'text' in item ? '' : ` · ${t('notes.orphansTitle')}`}
                      </span>
                    </span>
                  </label>
                  <span className="brief-page__move">
                    <IconButton
                      size="small"
                      icon="↑"
                      disabled={index === 0}
                      label={t('notes.briefMoveUp', shortened(choiceLabel(item)))}
                      onClick={() => move(item.note.id, -1)}
                    />
                    <IconButton
                      size="small"
                      icon="↓"
                      disabled={index === candidates.length - 1}
                      label={t('notes.briefMoveDown', shortened(choiceLabel(item)))}
                      onClick={() => move(item.note.id, 1)}
                    />
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        )}

        {candidates.length > 0 && (
          <fieldset className="brief-page__group">
            <legend>{t('notes.briefGroupBy')}</legend>
            {GROUPINGS.map((grouping) => (
              <label key={grouping.value}>
                <input
                  type="radio"
                  name={`${id}-group`}
                  value={grouping.value}
                  checked={groupBy === grouping.value}
                  onChange={() => setGroupBy(grouping.value)}
                />
                {t(grouping.label)}
              </label>
            ))}
          </fieldset>
        )}

        {candidates.length > 0 && (
          <div className="brief-page__intro">
            <label htmlFor={`${id}-intro`}>{t('notes.briefIntroLabel')}</label>
            <textarea
              id={`${id}-intro`}
              rows={3}
              value={intro}
              aria-describedby={`${id}-intro-hint`}
              onChange={(event) => setTyped(event.target.value)}
              onBlur={(event) => {
                if (event.target.value !== (settings.briefIntro ?? ''))
                  void update({ briefIntro: event.target.value });
              }}
            />
            <p id={`${id}-intro-hint`} className="field-hint">
              {t('notes.briefIntroHint')}
            </p>
          </div>
        )}

        <div className="brief-page__actions">
          <Button
            variant="primary"
            disabled={chosen.length === 0}
            onClick={() =>
              downloadFile(
                `${fileName}.md`,
                new Blob([markdown], { type: 'text/markdown;charset=utf-8' }),
              )
            }
          >
            {t('notes.briefSaveMarkdown')}
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => void saveDocx()}>
            {t('notes.briefSaveDocx')}
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => window.print()}>
            {t('notes.briefPrint')}
          </Button>
          {canPdf && (
            <Button disabled={chosen.length === 0} onClick={() => void savePdf()}>
              {t('notes.briefSavePdf')}
            </Button>
          )}
        </div>
        {problem && (
          <p className="note-state note-state--failed" role="alert">
            {problem}
          </p>
        )}
        <h2 className="brief-page__preview-title">{t('notes.briefPreview')}</h2>
      </div>
      {chosen.length > 0 ? (
        <NoteBody body={withoutTitle(markdown)} kind="brief" />
      ) : (
        candidates.length > 0 && (
          <p className="brief-page__nothing">{t('notes.briefNothingSelected')}</p>
        )
      )}
    </div>
  );
}
