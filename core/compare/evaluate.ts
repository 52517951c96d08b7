// How well the computed alignment agrees with the curated one: how many curated
// section pairs it finds (recall), how many of its pairs are curated (precision),
// and whether it calls the same sections new or dropped.
import type { ComputedAlignment } from './align';
import type { CuratedAlignment } from './curated-model';
import { curatedLinks } from './curated';

export interface ScoredPair {
  left: string;
  right: string;
  /** The computed cosine for this pair, whether or not it passed the threshold. */
  score: number;
}

export interface ExtraPair extends ScoredPair {
  /** Both sections sit in the same curated theme, only not linked to each other. */
  sameTheme: boolean;
}

export interface SectionDisagreement {
  side: 'left' | 'right';
  sectionId: string;
  /** Whether the section has a partner on the other side. */
  curated: boolean;
  computed: boolean;
}

export interface AlignmentEvaluation {
  curatedPairs: number;
  computedPairs: number;
  found: ScoredPair[];
  missed: ScoredPair[];
  extra: ExtraPair[];
  /** found / curated pairs. */
  recall: number;
  /** found / computed pairs. */
  precision: number;
  /** Computed pairs inside one curated theme, linked or not, over all computed pairs. */
  themePrecision: number;
  /** Sections whose continued-or-not verdict differs. */
  disagreements: SectionDisagreement[];
  /** Sections of both letters whose verdict agrees, over all sections. */
  sectionAgreement: number;
}

const key = (left: string, right: string) => `${left}\u0000${right}`;

export function compareWith(
  computed: ComputedAlignment,
  curated: CuratedAlignment,
): AlignmentEvaluation {
  const scoreOf = (left: string, right: string) => computed.scores[left]?.[right] ?? 0;
  const links = curatedLinks(curated);
  const linkKeys = new Set(links.map((link) => key(link.left, link.right)));
  const computedKeys = new Set(computed.pairs.map((pair) => key(pair.left, pair.right)));
  const found = links.filter((l) => computedKeys.has(key(l.left, l.right)));
  const missed = links.filter((l) => !computedKeys.has(key(l.left, l.right)));
  const inOneTheme = (left: string, right: string) =>
    curated.themes.some((theme) => theme.left.includes(left) && theme.right.includes(right));
  const extra = computed.pairs
    .filter((pair) => !linkKeys.has(key(pair.left, pair.right)))
    .map((pair) => ({
      left: pair.left,
      right: pair.right,
      score: pair.score,
      sameTheme: inOneTheme(pair.left, pair.right),
    }));
  const scored = (pairs: readonly { left: string; right: string }[]) =>
    pairs.map((p) => ({ left: p.left, right: p.right, score: scoreOf(p.left, p.right) }));

  const disagreements: SectionDisagreement[] = [];
  let sections = 0;
  for (const side of ['left', 'right'] as const) {
    const ids = side === 'left' ? computed.leftSections : computed.rightSections;
    const curatedMatched = new Set(links.map((link) => link[side]));
    const computedMatched = new Set(computed.pairs.map((pair) => pair[side]));
    for (const sectionId of ids) {
      sections += 1;
      const c = curatedMatched.has(sectionId);
      const m = computedMatched.has(sectionId);
      if (c !== m) disagreements.push({ side, sectionId, curated: c, computed: m });
    }
  }

  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    curatedPairs: links.length,
    computedPairs: computed.pairs.length,
    found: scored(found),
    missed: scored(missed),
    extra,
    recall: ratio(found.length, links.length),
    precision: ratio(found.length, computed.pairs.length),
    themePrecision: ratio(
      found.length + extra.filter((e) => e.sameTheme).length,
      computed.pairs.length,
    ),
    disagreements,
    sectionAgreement: ratio(sections - disagreements.length, sections),
  };
}
