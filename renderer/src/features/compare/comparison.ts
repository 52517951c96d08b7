// The comparison the view shows: the themes of two letters oriented to the two
// panes (whichever letter stands left), from the curated alignment when there is
// one for this pair, otherwise from the computed one. Statuses keep their
// chronological meaning: "nieuw" is new in the later letter, wherever it stands.
import { alignmentSpace, computeAlignment } from '@core/compare/align';
import type { ComputedAlignment, ThemeStatus } from '@core/compare/align';
import { alignmentFromCurated } from '@core/compare/curated';
import type { CuratedAlignment } from '@core/compare/curated-model';
import { compareWith } from '@core/compare/evaluate';
import type { AlignmentEvaluation } from '@core/compare/evaluate';
import type { VectorSpace } from '@core/compare/tfidf';
import type { Letter, Section } from '@core/corpus/model';

export type Side = 'left' | 'right';

export interface PaneLink {
  left: string;
  right: string;
  reason?: string;
  score: number;
}

export interface PaneTheme {
  id: string;
  title: string;
  status: ThemeStatus;
  reason?: string;
  left: Section[];
  right: Section[];
  links: PaneLink[];
  /** The computed score (computed themes only). */
  score?: number;
}

export interface Comparison {
  left: Letter;
  right: Letter;
  earlier: Letter;
  later: Letter;
  source: 'curated' | 'computed';
  /** Why the curated alignment is not shown, when there is one but it does not fit. */
  curatedProblem?: string;
  themes: PaneTheme[];
  /** Always earlier → later. */
  computed: ComputedAlignment;
  /** The computed alignment measured against the curated one, when there is one. */
  evaluation?: AlignmentEvaluation;
  space: VectorSpace;
}

function isEarlier(a: Letter, b: Letter): boolean {
  return a.date < b.date || (a.date === b.date && a.nr <= b.nr);
}

export function buildComparison(
  left: Letter,
  right: Letter,
  curated: CuratedAlignment,
): Comparison {
  const leftFirst = isEarlier(left, right);
  const [earlier, later] = leftFirst ? [left, right] : [right, left];
  const computed = computeAlignment(earlier, later);
  const space = alignmentSpace(earlier, later);
  const scoreOf = (e: string, l: string) => computed.scores[e]?.[l] ?? 0;
  // From the alignment's earlier/later sides to the panes.
  const orient = <T>(e: T, l: T): { left: T; right: T } =>
    leftFirst ? { left: e, right: l } : { left: l, right: e };
  const link = (e: string, l: string, reason?: string): PaneLink => ({
    ...orient(e, l),
    ...(reason === undefined ? {} : { reason }),
    score: scoreOf(e, l),
  });
  const base = { left, right, earlier, later, computed, space };

  const fits =
    curated.leftLetterId === earlier.id &&
    curated.rightLetterId === later.id &&
    earlier.id !== later.id;
  if (fits) {
    try {
      const resolved = alignmentFromCurated(curated, earlier, later);
      return {
        ...base,
        source: 'curated',
        evaluation: compareWith(computed, curated),
        themes: resolved.themes.map(({ theme, left: e, right: l }) => ({
          id: theme.id,
          title: theme.title,
          status: theme.status,
          reason: theme.reason,
          ...orient(e, l),
          links: theme.links.map((x) => link(x.left, x.right, x.reason)),
        })),
      };
    } catch (error) {
      return {
        ...base,
        ...computedThemes(computed, earlier, later, orient, link),
        curatedProblem: (error as Error).message,
      };
    }
  }
  return { ...base, ...computedThemes(computed, earlier, later, orient, link) };
}

function computedThemes(
  computed: ComputedAlignment,
  earlier: Letter,
  later: Letter,
  orient: <T>(e: T, l: T) => { left: T; right: T },
  link: (e: string, l: string) => PaneLink,
): Pick<Comparison, 'source' | 'themes'> {
  const sections = (letter: Letter, ids: readonly string[]) =>
    ids
      .map((id) => letter.sections.find((s) => s.id === id))
      .filter((s): s is Section => s !== undefined);
  return {
    source: 'computed',
    themes: computed.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      status: theme.status,
      ...orient(sections(earlier, theme.left), sections(later, theme.right)),
      links: theme.pairs.map((pair) => link(pair.left, pair.right)),
      score: theme.score,
    })),
  };
}

/** The theme a section of one pane belongs to; the preferred theme wins when the section is shared. */
export function themeOfSection(
  themes: readonly PaneTheme[],
  side: Side,
  sectionId: string,
  preferredThemeId?: string,
): PaneTheme | undefined {
  const holding = themes.filter((theme) => theme[side].some((s) => s.id === sectionId));
  return holding.find((theme) => theme.id === preferredThemeId) ?? holding[0];
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/**
 * Where the other pane should go for a section of this one: the section it is
 * linked to in its theme, else the theme's first section on the other side, else
 * nowhere (the theme is new or dropped).
 */
export function counterpartSection(
  theme: PaneTheme,
  side: Side,
  sectionId: string,
): string | undefined {
  const linked = theme.links.find((l) => l[side] === sectionId);
  return linked?.[other(side)] ?? theme[other(side)][0]?.id;
}

/** Where each pane goes when a theme is picked: its first linked pair, else its first sections. */
export function themeTargets(theme: PaneTheme): { left?: string; right?: string } {
  const first = theme.links[0];
  return { left: first?.left ?? theme.left[0]?.id, right: first?.right ?? theme.right[0]?.id };
}
