// Scrolling by theme: when the passage at the top of one pane moves into another
// section, the theme it belongs to becomes the current one, and (when the user
// has synchronised scrolling on) the other pane brings that theme's aligned
// passage into view, unless it already shows part of the theme. Scrolls the
// view makes itself are not taken for the user's, so the panes cannot chase
// each other.
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Comparison, PaneTheme, Side } from './comparison';
import { counterpartSection, themeOfSection, themeTargets } from './comparison';
import {
  paragraphAtTop,
  scrollPaneToParagraph,
  scrollPaneToSection,
  sectionsInView,
} from './pane-scroll';

const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

export interface SyncScroll {
  leftRef: RefObject<HTMLDivElement | null>;
  rightRef: RefObject<HTMLDivElement | null>;
  onScroll(side: Side): void;
  /** Puts both panes on a theme's passages. */
  goToTheme(theme: PaneTheme): void;
  /** Puts one pane on a section (its contents list), and the other along with it when in sync. */
  goToSection(side: Side, sectionId: string): void;
  /** Puts each pane on a paragraph of its letter (e.g. the passages of a tracked change). */
  goToParagraphs(targets: { left?: string; right?: string }): void;
}

export interface SyncOptions {
  enabled: boolean;
  currentThemeId: string | undefined;
  onTheme(themeId: string): void;
}

export function useSyncScroll(comparison: Comparison, options: SyncOptions): SyncScroll {
  // Scroll handlers run between renders: they read the latest comparison and options from here.
  const latest = useRef({ comparison, options });
  useLayoutEffect(() => {
    latest.current = { comparison, options };
  });
  const leftRef = useRef<HTMLDivElement | null>(null);
  const rightRef = useRef<HTMLDivElement | null>(null);
  // Where the view itself last put each pane. A scroll event that finds the pane still
  // there is the view's own, not the user's; any other position is the user's, however
  // soon it comes (a wait of so many milliseconds would swallow a quick user scroll).
  const placedAt = useRef<{ left: number | null; right: number | null }>({
    left: null,
    right: null,
  });
  const lastSection = useRef<{ left?: string; right?: string }>({});
  const frame = useRef(0);
  const containerOf = useCallback(
    (side: Side) => (side === 'left' ? leftRef : rightRef).current,
    [],
  );

  const moveTo = useCallback(
    (side: Side, sectionId: string) => {
      const container = containerOf(side);
      if (!container) return;
      lastSection.current[side] = sectionId;
      scrollPaneToSection(container, side, sectionId);
      placedAt.current[side] = container.scrollTop;
    },
    [containerOf],
  );

  const follow = useCallback(
    (side: Side) => {
      const { comparison, options } = latest.current;
      const container = containerOf(side);
      if (!container || container.scrollTop === placedAt.current[side]) return;
      placedAt.current[side] = null;
      const paragraphId = paragraphAtTop(container);
      const letter = side === 'left' ? comparison.left : comparison.right;
      const sectionId = letter.paragraphs.find((p) => p.id === paragraphId)?.sectionId;
      if (!sectionId || sectionId === lastSection.current[side]) return;
      lastSection.current[side] = sectionId;
      const theme = themeOfSection(comparison.themes, side, sectionId, options.currentThemeId);
      if (!theme) return;
      if (theme.id !== options.currentThemeId) options.onTheme(theme.id);
      if (!options.enabled) return;
      const other = otherSide(side);
      const otherContainer = containerOf(other);
      const target = counterpartSection(theme, side, sectionId);
      if (!target || !otherContainer) return;
      if (
        sectionsInView(
          otherContainer,
          other,
          theme[other].map((s) => s.id),
        )
      )
        return;
      moveTo(other, target);
    },
    [containerOf, moveTo],
  );

  const onScroll = useCallback(
    (side: Side) => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => follow(side));
    },
    [follow],
  );

  const goToTheme = useCallback(
    (theme: PaneTheme) => {
      const targets = themeTargets(theme);
      if (targets.left) moveTo('left', targets.left);
      if (targets.right) moveTo('right', targets.right);
    },
    [moveTo],
  );

  const goToSection = useCallback(
    (side: Side, sectionId: string) => {
      const { comparison, options } = latest.current;
      moveTo(side, sectionId);
      const theme = themeOfSection(comparison.themes, side, sectionId, options.currentThemeId);
      if (!theme) return;
      options.onTheme(theme.id);
      const target = options.enabled ? counterpartSection(theme, side, sectionId) : undefined;
      if (target) moveTo(otherSide(side), target);
    },
    [moveTo],
  );

  const goToParagraphs = useCallback(
    (targets: { left?: string; right?: string }) => {
      const { comparison } = latest.current;
      for (const side of ['left', 'right'] as const) {
        const paragraphId = targets[side];
        const container = containerOf(side);
        if (!paragraphId || !container) continue;
        const letter = side === 'left' ? comparison.left : comparison.right;
        lastSection.current[side] = letter.paragraphs.find((p) => p.id === paragraphId)?.sectionId;
        scrollPaneToParagraph(container, side, paragraphId, { focus: false });
        placedAt.current[side] = container.scrollTop;
      }
    },
    [containerOf],
  );

  return { leftRef, rightRef, onScroll, goToTheme, goToSection, goToParagraphs };
}
