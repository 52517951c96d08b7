// What changed between the two letters, subject by subject ("Wat is er
// veranderd"): the curated tracked changes, oriented to the two panes (the
// data has the earlier letter left) and grouped by theme in the themes' order.
import { useMemo } from 'react';
import { changesByTheme as curatedByTheme } from '@core/compare/changes';
import type { TrackedChange } from '@core/compare/curated-model';
import { curatedComparison } from '../../../../data/curated/index';
import type { Comparison, PaneTheme } from './comparison';

export interface ThemeChanges {
  theme: PaneTheme;
  changes: TrackedChange[];
}

export interface PaneChanges {
  /** Every change, its sides as the panes show them. */
  all: TrackedChange[];
  byTheme: ThemeChanges[];
}

const NONE: PaneChanges = { all: [], byTheme: [] };

/** The tracked changes of the pair the view shows, when they are curated for it. */
export function paneChanges(comparison: Comparison): PaneChanges {
  const { changes, alignment } = curatedComparison;
  const { earlier, later, left } = comparison;
  if (
    comparison.source !== 'curated' ||
    changes.leftLetterId !== earlier.id ||
    changes.rightLetterId !== later.id
  )
    return NONE;
  const orient = (change: TrackedChange): TrackedChange =>
    left.id === earlier.id ? change : { ...change, left: change.right, right: change.left };
  const byTheme = curatedByTheme(changes, alignment).flatMap(({ theme, changes: entries }) => {
    const paneTheme = comparison.themes.find((candidate) => candidate.id === theme.id);
    return paneTheme ? [{ theme: paneTheme, changes: entries.map(orient) }] : [];
  });
  return { all: byTheme.flatMap((group) => group.changes), byTheme };
}

export function usePaneChanges(comparison: Comparison): PaneChanges {
  return useMemo(() => paneChanges(comparison), [comparison]);
}
