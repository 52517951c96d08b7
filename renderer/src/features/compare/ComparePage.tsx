// The compare view (route "/vergelijk/:leftId?/:rightId?", nr. 81 and nr. 90 by
// default): two letters side by side, theme by theme. Its views are tabs: the
// themes with both letters in resizable panes and the passages of the current
// theme next to each other; figures over time; commitments; the timeline; and
// the computed alignment against the curated one. F6 moves focus between the
// theme list and the two panes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { findLetter } from '@core/corpus/find-letter';
import type { Letter } from '@core/corpus/model';
import { curatedComparison } from '../../../../data/curated/index';
import { useCorpus } from '../../app/corpus';
import { useSettings } from '../../app/settings';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { paragraphElementId } from '../reader/element-ids';
import '../reader/reader.css';
import { ComparePane } from './ComparePane';
import {
  COMPARE_VIEWS,
  comparePath,
  DEFAULT_LEFT,
  DEFAULT_RIGHT,
  isCompareView,
  THEME_PARAM,
  VIEW_PARAM,
} from './compare-paths';
import type { CompareView } from './compare-paths';
import { buildComparison } from './comparison';
import type { PaneTheme, Side } from './comparison';
import { CommitmentsView } from './CommitmentsView';
import { ComputedView } from './ComputedView';
import { FiguresView } from './FiguresView';
import { paneElementId, paragraphAtTop, paneScope } from './pane-scroll';
import { Splitter } from './Splitter';
import { ThemeList } from './ThemeList';
import { ThemePanel } from './ThemePanel';
import { TimelineView } from './TimelineView';
import { useSyncScroll } from './use-sync-scroll';
import './compare.css';

const VIEW_LABEL: Record<CompareView, MessageKey> = {
  themas: 'compare.viewThemes',
  cijfers: 'compare.viewFigures',
  toezeggingen: 'compare.viewCommitments',
  tijdlijn: 'compare.viewTimeline',
  berekend: 'compare.viewComputed',
};

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
  const requestedTheme = params.get(THEME_PARAM) ?? undefined;
  const [currentThemeId, setCurrentThemeId] = useState(
    comparison.themes.some((theme) => theme.id === requestedTheme) ? requestedTheme : undefined,
  );
  const currentTheme = comparison.themes.find((theme) => theme.id === currentThemeId);
  const [split, setSplit] = useState(settings.compareSplit);
  const [shownSplit, setShownSplit] = useState(settings.compareSplit);
  if (settings.compareSplit !== shownSplit) {
    // The stored split arrived (or changed elsewhere): follow it.
    setShownSplit(settings.compareSplit);
    setSplit(settings.compareSplit);
  }
  const [panelOpen, setPanelOpen] = useState(true);
  const themeListRef = useRef<HTMLElement | null>(null);

  const setThemeInUrl = useCallback(
    (themeId: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(THEME_PARAM, themeId);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  const onTheme = useCallback(
    (themeId: string) => {
      setCurrentThemeId(themeId);
      setThemeInUrl(themeId);
    },
    [setThemeInUrl],
  );
  const sync = useSyncScroll(comparison, { enabled: settings.syncScroll, currentThemeId, onTheme });

  // A theme in the address (a link, a reload) puts both panes on it once they are drawn.
  const openedTheme = useRef(false);
  useEffect(() => {
    if (openedTheme.current || view !== 'themas') return;
    openedTheme.current = true;
    const theme = comparison.themes.find((candidate) => candidate.id === requestedTheme);
    if (theme) sync.goToTheme(theme);
  }, [comparison, requestedTheme, sync, view]);

  const pickTheme = (theme: PaneTheme) => {
    onTheme(theme.id);
    setPanelOpen(true);
    sync.goToTheme(theme);
  };

  const setView = (next: CompareView) =>
    setParams(
      (current) => {
        const query = new URLSearchParams(current);
        if (next === 'themas') query.delete(VIEW_PARAM);
        else query.set(VIEW_PARAM, next);
        return query;
      },
      { preventScrollReset: true },
    );

  const swap = () => {
    void navigate(
      comparePath(right.id, left.id, {
        view,
        ...(currentThemeId ? { theme: currentThemeId } : {}),
      }),
    );
    announce(t('compare.swapped', `nr. ${right.nr}`, `nr. ${left.nr}`));
  };

  // F6 (Shift+F6 backwards) cycles focus: theme list, left pane, right pane.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'F6' || view !== 'themas') return;
    event.preventDefault();
    const regions: (HTMLElement | null)[] = [
      themeListRef.current,
      sync.leftRef.current,
      sync.rightRef.current,
    ];
    const at = regions.findIndex((region) => region?.contains(document.activeElement));
    const step = event.shiftKey ? -1 : 1;
    const from = at === -1 ? (event.shiftKey ? 0 : -1) : at;
    const next = regions[(from + step + regions.length) % regions.length];
    if (!next) return;
    const side: Side | null =
      next === sync.leftRef.current ? 'left' : next === sync.rightRef.current ? 'right' : null;
    const paragraphId = side ? paragraphAtTop(next) : undefined;
    const paragraph =
      side && paragraphId
        ? document.getElementById(paneScope(side) + paragraphElementId(paragraphId))
        : null;
    const focusable =
      paragraph ??
      (side
        ? next
        : (next.querySelector<HTMLElement>('[aria-current="true"]') ??
          next.querySelector<HTMLElement>('button')));
    focusable?.focus({ preventScroll: true });
  };

  const noticeFor = (side: Side) =>
    currentTheme && currentTheme[side].length === 0
      ? t('compare.noCounterpart', side === 'left' ? left.nr : right.nr)
      : undefined;
  const title = t('compare.title', `nr. ${left.nr}`, `nr. ${right.nr}`);

  return (
    <div className="compare" onKeyDown={onKeyDown}>
      <header className="compare__header">
        <h1 tabIndex={-1}>{title}</h1>
        <p className="compare__intro">{t('compare.intro')}</p>
        <div className="compare__tools">
          <Button onClick={swap}>{t('compare.swap')}</Button>
          <label className="compare__sync">
            <input
              type="checkbox"
              checked={settings.syncScroll}
              onChange={(event) => void update({ syncScroll: event.target.checked })}
              aria-describedby="vergelijk-sync-uitleg"
            />{' '}
            {t('compare.syncScroll')}
          </label>
          <span id="vergelijk-sync-uitleg" className="compare__hint">
            {t('compare.syncHint')}
          </span>
        </div>
        {notice && (
          <p className="notice notice--warning" role="status">
            {notice}
          </p>
        )}
      </header>
      <div
        role="tablist"
        aria-label={t('compare.views')}
        className="compare__tabs"
        onKeyDown={tabKeys}
      >
        {COMPARE_VIEWS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={view === id}
            aria-controls={`paneel-${id}`}
            tabIndex={view === id ? 0 : -1}
            className="compare__tab"
            onClick={() => setView(id)}
          >
            {t(VIEW_LABEL[id])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="paneel-themas"
        aria-labelledby="tab-themas"
        hidden={view !== 'themas'}
      >
        <div className="compare-workspace">
          <ThemeList
            comparison={comparison}
            currentThemeId={currentThemeId}
            listRef={themeListRef}
            onPick={pickTheme}
          />
          <div
            className="compare-panes"
            style={{ gridTemplateColumns: `${split}fr auto ${1 - split}fr` }}
          >
            <ComparePane
              side="left"
              letter={left}
              scrollRef={sync.leftRef}
              notice={noticeFor('left')}
              onScroll={() => sync.onScroll('left')}
              onContents={(sectionId) => sync.goToSection('left', sectionId)}
            />
            <Splitter
              value={split}
              controls={paneElementId('left')}
              onChange={setSplit}
              onCommit={(value) => {
                setSplit(value);
                void update({ compareSplit: value });
              }}
            />
            <ComparePane
              side="right"
              letter={right}
              scrollRef={sync.rightRef}
              notice={noticeFor('right')}
              onScroll={() => sync.onScroll('right')}
              onContents={(sectionId) => sync.goToSection('right', sectionId)}
            />
          </div>
        </div>
        <div className="compare__panel">
          {currentTheme ? (
            <>
              <Button
                size="small"
                variant="subtle"
                aria-expanded={panelOpen}
                onClick={() => setPanelOpen(!panelOpen)}
              >
                {t(panelOpen ? 'compare.hidePassages' : 'compare.showPassages')}
              </Button>
              {panelOpen && <ThemePanel comparison={comparison} theme={currentTheme} />}
            </>
          ) : (
            <p className="compare__choose">{t('compare.chooseTheme')}</p>
          )}
        </div>
      </div>
      {view === 'cijfers' && (
        <div
          role="tabpanel"
          id="paneel-cijfers"
          aria-labelledby="tab-cijfers"
          className="compare-view"
        >
          <FiguresView figures={curatedComparison.figures} letters={corpus.letters} />
        </div>
      )}
      {view === 'toezeggingen' && (
        <div
          role="tabpanel"
          id="paneel-toezeggingen"
          aria-labelledby="tab-toezeggingen"
          className="compare-view"
        >
          <CommitmentsView commitments={curatedComparison.commitments} letters={corpus.letters} />
        </div>
      )}
      {view === 'tijdlijn' && (
        <div
          role="tabpanel"
          id="paneel-tijdlijn"
          aria-labelledby="tab-tijdlijn"
          className="compare-view"
        >
          <TimelineView timeline={curatedComparison.timeline} letters={corpus.letters} />
        </div>
      )}
      {view === 'berekend' && (
        <div
          role="tabpanel"
          id="paneel-berekend"
          aria-labelledby="tab-berekend"
          className="compare-view"
        >
          <ComputedView comparison={comparison} />
        </div>
      )}
    </div>
  );
}

/** Arrow keys, Home and End move between the view tabs and select them. */
function tabKeys(event: KeyboardEvent<HTMLDivElement>) {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
  const target =
    event.key === 'ArrowRight'
      ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft'
        ? tabs[(index - 1 + tabs.length) % tabs.length]
        : event.key === 'Home'
          ? tabs[0]
          : event.key === 'End'
            ? tabs[tabs.length - 1]
            : undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.click();
}
