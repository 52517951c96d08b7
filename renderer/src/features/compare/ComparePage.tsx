// The compare view (route "/vergelijk/:leftId?/:rightId?", nr. 81 and nr. 90 by
// default): one bar with the title, the view tabs and the tools, and below it
// the view: the two letters side by side beside "Wat is er veranderd" (or, in
// a narrow window, the changes alone), figures over time, commitments, the
// timeline, and the computed alignment against the curated one. The view, theme
// and open change are in the address, so every state is a link.
import { useCallback, useMemo, useState } from 'react';
import { findLetter } from '@core/corpus/find-letter';
import type { Letter } from '@core/corpus/model';
import { curatedComparison } from '../../../../data/curated/index';
import { useCorpus } from '../../app/corpus';
import { useNavigate, useParams, useSearchParams } from '../../app/router';
import { useSettings } from '../../app/settings';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import '../reader/reader.css';
import { useChangeMarks, useSentenceAlignment } from './change-marks';
import { ChangesOnlyView } from './ChangesOnlyView';
import {
  CHANGE_PARAM,
  comparePath,
  DEFAULT_LEFT,
  DEFAULT_RIGHT,
  isCompareView,
  THEME_PARAM,
  VIEW_PARAM,
} from './compare-paths';
import type { CompareView } from './compare-paths';
import type { TrackedChange } from '@core/compare/curated-model';
import { buildComparison } from './comparison';
import { CommitmentsView } from './CommitmentsView';
import { ComputedView } from './ComputedView';
import { FiguresView } from './FiguresView';
import { SideBySideView } from './SideBySideView';
import { TimelineView } from './TimelineView';
import { usePaneChanges } from './tracked-changes';
import { useMediaQuery } from './use-media-query';
import { ViewTabs } from './ViewTabs';
import './changes.css';
import './compare.css';

export function ComparePage() {
  const t = useT();
  const corpus = useCorpus();
  const { leftId, rightId } = useParams();
  const requested = [leftId ?? DEFAULT_LEFT, rightId ?? DEFAULT_RIGHT];
  const found = requested.map((reference) => findLetter(corpus, reference));
  const fallback = [findLetter(corpus, DEFAULT_LEFT), findLetter(corpus, DEFAULT_RIGHT)];
  const left = found[0] && found[1] ? found[0] : fallback[0];
  const right = found[0] && found[1] ? found[1] : fallback[1];
  const missing = requested.find((_, index) => !found[index]);
  if (!left || !right) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('app.notFoundTitle')}</h1>
        <p>{t('compare.letterNotFound', missing ?? '')}</p>
      </div>
    );
  }
  return (
    <Compare
      key={`${left.id}|${right.id}`}
      left={left}
      right={right}
      notice={missing === undefined ? undefined : t('compare.letterNotFound', missing)}
    />
  );
}

/** Narrower than this, two letters side by side are too cramped to read: the changes stand alone. */
const NARROW = '(max-width: 74.99rem)';

function Compare({ left, right, notice }: { left: Letter; right: Letter; notice?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const corpus = useCorpus();
  const { settings, update } = useSettings();
  const [params, setParams] = useSearchParams();
  const view: CompareView = isCompareView(params.get(VIEW_PARAM))
    ? (params.get(VIEW_PARAM) as CompareView)
    : 'themas';
  const comparison = useMemo(
    () => buildComparison(left, right, curatedComparison.alignment),
    [left, right],
  );
  const changes = usePaneChanges(comparison);
  const alignment = useSentenceAlignment(comparison);
  const changeMarks = useChangeMarks(comparison, alignment);
  const requestedTheme = params.get(THEME_PARAM) ?? undefined;
  const currentThemeId = comparison.themes.some((theme) => theme.id === requestedTheme)
    ? requestedTheme
    : undefined;
  const requestedChange = params.get(CHANGE_PARAM) ?? undefined;
  const currentChangeId = changes.all.some((change) => change.id === requestedChange)
    ? requestedChange
    : undefined;
  const [showSharedTerms, setShowSharedTerms] = useState(false);
  const narrow = useMediaQuery(NARROW);
  const [splitWhenNarrow, setSplitWhenNarrow] = useState(false);
  const sideBySide = !narrow || splitWhenNarrow;

  const setQuery = useCallback(
    (patch: Record<string, string | undefined>, replace = true) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  const onTheme = useCallback(
    (themeId: string) => {
      if (themeId !== currentThemeId)
        setQuery({ [THEME_PARAM]: themeId, [CHANGE_PARAM]: undefined });
    },
    [setQuery, currentThemeId],
  );
  const onChange = (change: TrackedChange) =>
    setQuery({ [THEME_PARAM]: change.theme, [CHANGE_PARAM]: change.id });

  const setView = (next: CompareView) =>
    setQuery({ [VIEW_PARAM]: next === 'themas' ? undefined : next }, false);

  const swap = () => {
    void navigate(
      comparePath(right.id, left.id, {
        view,
        ...(currentThemeId ? { theme: currentThemeId } : {}),
      }),
    );
    announce(t('compare.swapped', t('format.letterNr', right.nr), t('format.letterNr', left.nr)));
  };

  const title = t('compare.title', t('format.letterNr', left.nr), t('format.letterNr', right.nr));

  return (
    <div className={`compare compare--${view}`}>
      <header className="compare__bar">
        <h1 tabIndex={-1}>{title}</h1>
        <ViewTabs view={view} onView={setView} />
        <div className="compare__tools">
          {view === 'themas' && narrow && (
            <Button size="small" onClick={() => setSplitWhenNarrow(!splitWhenNarrow)}>
              {t(sideBySide ? 'compare.showChangesOnly' : 'compare.showSideBySide')}
            </Button>
          )}
          {view === 'themas' && sideBySide && (
            <>
              <label className="compare__option">
                <input
                  type="checkbox"
                  checked={settings.syncScroll}
                  onChange={(event) => void update({ syncScroll: event.target.checked })}
                  aria-describedby="vergelijk-sync-uitleg"
                />
                {t('compare.syncScroll')}
              </label>
              <span id="vergelijk-sync-uitleg" hidden>
                {t('compare.syncHint')}
              </span>
              <label className="compare__option">
                <input
                  type="checkbox"
                  checked={showSharedTerms}
                  onChange={(event) => setShowSharedTerms(event.target.checked)}
                />
                {t('compare.showSharedTerms')}
              </label>
            </>
          )}
          <Button size="small" onClick={swap}>
            {t('compare.swap')}
          </Button>
        </div>
        {notice && (
          <p className="notice notice--warning compare__notice" role="status">
            {notice}
          </p>
        )}
      </header>
      <div
        role="tabpanel"
        id={`paneel-${view}`}
        aria-labelledby={`tab-${view}`}
        className={view === 'themas' ? 'compare__workspace' : 'compare-view'}
      >
        {view === 'themas' &&
          (sideBySide ? (
            <SideBySideView
              comparison={comparison}
              changes={changes}
              changeMarks={changeMarks}
              alignment={alignment}
              showSharedTerms={showSharedTerms}
              currentThemeId={currentThemeId}
              currentChangeId={currentChangeId}
              onTheme={onTheme}
              onChange={onChange}
            />
          ) : (
            <ChangesOnlyView
              comparison={comparison}
              changes={changes}
              currentChangeId={currentChangeId}
              onOpen={(change) => {
                onChange(change);
                setSplitWhenNarrow(true);
              }}
            />
          ))}
        {view === 'cijfers' && (
          <FiguresView figures={curatedComparison.figures} letters={corpus.letters} />
        )}
        {view === 'toezeggingen' && (
          <CommitmentsView commitments={curatedComparison.commitments} letters={corpus.letters} />
        )}
        {view === 'tijdlijn' && (
          <TimelineView timeline={curatedComparison.timeline} left={left} right={right} />
        )}
        {view === 'berekend' && <ComputedView comparison={comparison} />}
      </div>
    </div>
  );
}
