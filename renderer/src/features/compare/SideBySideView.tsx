// The two letters side by side, each in a resizable pane with one scroll area,
// and beside them "Wat is er veranderd": every theme with its tracked changes.
// Picking a theme puts both panes on it; opening a change puts each pane on the
// passage it cites and marks the quote. F6 moves focus between the change list
// and the two panes.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useSettings } from '../../app/settings';
import { useT } from '../../i18n/i18n';
import { paragraphElementId } from '../reader/element-ids';
import { ChangeList } from './ChangeList';
import { ComparePane } from './ComparePane';
import type { TrackedChange } from '@core/compare/curated-model';
import type { SentenceAlignment } from '@core/compare/sentence-align';
import type { Comparison, PaneTheme, Side } from './comparison';
import { themeTargets } from './comparison';
import { MarkLegend } from './MarkLegend';
import { paneElementId, paneScope, paragraphAtTop } from './pane-scroll';
import type { PaneMarks } from './pane-marks';
import { citedMarks, mergeMarks, sharedTermMarks } from './pane-marks';
import { Splitter } from './Splitter';
import type { PaneChanges } from './tracked-changes';
import { useSyncScroll } from './use-sync-scroll';

export interface SideBySideViewProps {
  comparison: Comparison;
  changes: PaneChanges;
  /** The sentence-level changes each pane marks. */
  changeMarks: { left: PaneMarks; right: PaneMarks };
  alignment: SentenceAlignment;
  showSharedTerms: boolean;
  currentThemeId: string | undefined;
  currentChangeId: string | undefined;
  onTheme(themeId: string): void;
  onChange(change: TrackedChange): void;
}

export function SideBySideView(props: SideBySideViewProps) {
  const { comparison, changes, currentThemeId, currentChangeId, onTheme } = props;
  const { left, right } = comparison;
  const t = useT();
  const { settings, update } = useSettings();
  const [split, setSplit] = useState(settings.compareSplit);
  const [shownSplit, setShownSplit] = useState(settings.compareSplit);
  if (settings.compareSplit !== shownSplit) {
    // The stored split arrived (or changed elsewhere): follow it.
    setShownSplit(settings.compareSplit);
    setSplit(settings.compareSplit);
  }
  const listRef = useRef<HTMLElement | null>(null);
  const currentTheme = comparison.themes.find((theme) => theme.id === currentThemeId);
  const currentChange = changes.all.find((change) => change.id === currentChangeId);
  const sync = useSyncScroll(comparison, { enabled: settings.syncScroll, currentThemeId, onTheme });

  // The change whose passages the panes were last put on.
  const shownChange = useRef<string | undefined>(undefined);
  const openChange = (change: TrackedChange) => {
    shownChange.current = change.id;
    props.onChange(change);
    const theme = comparison.themes.find((candidate) => candidate.id === change.theme);
    const sections = theme ? themeTargets(theme) : {};
    // A side that does not mention the subject shows the theme's passage, if it has one.
    const firstIn = (side: Side) =>
      (side === 'left' ? left : right).paragraphs.find((p) => p.sectionId === sections[side])?.id;
    sync.goToParagraphs({
      left: change.left?.paragraphId ?? firstIn('left'),
      right: change.right?.paragraphId ?? firstIn('right'),
    });
  };

  // A change in the address (a link, a reload, Back, the changes-alone view) puts both panes
  // on it; a theme in the address does so once, when the view opens.
  const openedTheme = useRef(false);
  const followAddress = useEffectEvent(() => {
    if (currentChange && shownChange.current !== currentChange.id) openChange(currentChange);
    else if (!openedTheme.current && !currentChange && currentTheme) sync.goToTheme(currentTheme);
    openedTheme.current = true;
  });
  useEffect(() => followAddress(), [currentChangeId]);

  const pickTheme = (theme: PaneTheme) => {
    onTheme(theme.id);
    sync.goToTheme(theme);
  };

  const marks = useMemo(() => {
    const cited = { kind: 'cited', label: t('compare.markCited') };
    const shared = props.showSharedTerms
      ? sharedTermMarks(comparison, currentTheme, {
          term: { kind: 'shared-term', label: t('compare.markSharedTerm') },
          number: { kind: 'shared-number', label: t('compare.markSharedNumber') },
        })
      : { left: new Map(), right: new Map() };
    return {
      left: mergeMarks(
        props.changeMarks.left,
        shared.left,
        citedMarks(left, currentChange, 'left', cited),
      ),
      right: mergeMarks(
        props.changeMarks.right,
        shared.right,
        citedMarks(right, currentChange, 'right', cited),
      ),
    };
  }, [
    comparison,
    left,
    right,
    currentTheme,
    currentChange,
    props.changeMarks,
    props.showSharedTerms,
    t,
  ]);

  // F6 (Shift+F6 backwards) cycles focus: change list, left pane, right pane.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'F6') return;
    event.preventDefault();
    const regions = [listRef.current, sync.leftRef.current, sync.rightRef.current];
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

  return (
    <div className="side-by-side" onKeyDown={onKeyDown}>
      <aside className="side-by-side__changes">
        <ChangeList
          comparison={comparison}
          changes={changes}
          currentThemeId={currentThemeId}
          currentChangeId={currentChangeId}
          alignment={props.alignment}
          listRef={listRef}
          onPickTheme={pickTheme}
          onOpenChange={openChange}
        />
        <MarkLegend showSharedTerms={props.showSharedTerms} />
      </aside>
      <div
        className="compare-panes"
        style={{ gridTemplateColumns: `${split}fr auto ${1 - split}fr` }}
      >
        <ComparePane
          side="left"
          letter={left}
          scrollRef={sync.leftRef}
          marks={marks.left}
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
          marks={marks.right}
          notice={noticeFor('right')}
          onScroll={() => sync.onScroll('right')}
          onContents={(sectionId) => sync.goToSection('right', sectionId)}
        />
      </div>
    </div>
  );
}
