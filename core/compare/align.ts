// The computed alignment of two letters: which sections of the later letter carry
// on a theme of the earlier one, which themes are new and which were dropped.
// Sections are compared by TF-IDF cosine; the paragraphs behind each pair are
// compared the same way, so a user sees the passages the score rests on.
import type { Letter, Paragraph, Section } from '../corpus/model';
import { buildVectorSpace, cosine } from './tfidf';
import type { TermVector, VectorSpace } from './tfidf';

export type ThemeStatus = 'continued' | 'new' | 'dropped';

export interface ParagraphPair {
  left: string;
  right: string;
  score: number;
}

export interface SectionPair {
  left: string;
  right: string;
  score: number;
  /** The best partner of at least one of its two sections: such pairs shape the themes. */
  best: boolean;
  /** The best matching paragraphs of the two sections, best first. */
  evidence: ParagraphPair[];
}

export interface SuggestedTheme {
  id: string;
  /** The printed heading the theme is named after. */
  title: string;
  status: ThemeStatus;
  left: string[];
  right: string[];
  /** Continued: the best pair's score. New or dropped: the best score any candidate reached. */
  score: number;
  pairs: SectionPair[];
}

export interface ComputedAlignment {
  leftLetterId: string;
  rightLetterId: string;
  options: AlignmentOptions;
  /** The section ids of each letter, in reading order. */
  leftSections: string[];
  rightSections: string[];
  /** Every section pair's score: scores[leftSectionId][rightSectionId]. */
  scores: Record<string, Record<string, number>>;
  /** The pairs that passed the threshold. */
  pairs: SectionPair[];
  themes: SuggestedTheme[];
}

export interface AlignmentOptions {
  /** A section pair must reach this cosine to count as the same theme. */
  threshold: number;
  /** Only a section's best few partners are kept, so one broad section does not pull in everything. */
  maxPartners: number;
  /** Paragraph pairs below this are not shown as evidence. */
  evidenceThreshold: number;
  maxEvidence: number;
}

// Chosen on the bundled pair: see the recall/precision test against the curated alignment.
export const DEFAULT_ALIGNMENT_OPTIONS: AlignmentOptions = {
  threshold: 0.12,
  maxPartners: 2,
  evidenceThreshold: 0.1,
  maxEvidence: 3,
};

function paragraphsBySection(letter: Letter): Map<string, Paragraph[]> {
  const bySection = new Map<string, Paragraph[]>();
  for (const paragraph of letter.paragraphs) {
    const list = bySection.get(paragraph.sectionId) ?? [];
    list.push(paragraph);
    bySection.set(paragraph.sectionId, list);
  }
  return bySection;
}

function sectionText(section: Section, paragraphs: readonly Paragraph[]): string {
  const heading = section.printed ? section.title : '';
  return [heading, ...paragraphs.map((paragraph) => paragraph.text)].join('\n');
}

/** Each section's text (printed heading and paragraphs), in reading order. */
export function sectionTexts(letter: Letter): string[] {
  const paragraphs = paragraphsBySection(letter);
  return letter.sections.map((s) => sectionText(s, paragraphs.get(s.id) ?? []));
}

/** The vector space two letters are compared in: term rarity over both letters' sections. */
export function alignmentSpace(left: Letter, right: Letter): VectorSpace {
  return buildVectorSpace([...sectionTexts(left), ...sectionTexts(right)]);
}

/** Ranks of each score within its row: 0 for the row's best. */
function ranksInRow(row: readonly number[]): number[] {
  const order = row.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  const ranks = new Array<number>(row.length).fill(0);
  order.forEach(({ index }, rank) => (ranks[index] = rank));
  return ranks;
}

class Components {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    const up = this.parent.get(key);
    if (up === undefined || up === key) return key;
    const root = this.find(up);
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    this.parent.set(this.find(a), this.find(b));
  }
}

export function computeAlignment(
  left: Letter,
  right: Letter,
  options: Partial<AlignmentOptions> = {},
): ComputedAlignment {
  const settings = { ...DEFAULT_ALIGNMENT_OPTIONS, ...options };
  const leftParagraphs = paragraphsBySection(left);
  const rightParagraphs = paragraphsBySection(right);
  const leftTexts = sectionTexts(left);
  const rightTexts = sectionTexts(right);
  const space = buildVectorSpace([...leftTexts, ...rightTexts]);
  const leftVectors = leftTexts.map((text) => space.vectorize(text));
  const rightVectors = rightTexts.map((text) => space.vectorize(text));
  const matrix = leftVectors.map((l) => rightVectors.map((r) => cosine(l, r)));

  const rowRanks = matrix.map(ranksInRow);
  const columnRanks = right.sections.map((_, j) => ranksInRow(matrix.map((row) => row[j] ?? 0)));
  const paragraphVectors = new Map<string, TermVector>();
  const vectorOf = (letter: Letter, paragraph: Paragraph) => {
    const key = `${letter.id}#${paragraph.id}`;
    let vector = paragraphVectors.get(key);
    if (!vector) {
      vector = space.vectorize(paragraph.text);
      paragraphVectors.set(key, vector);
    }
    return vector;
  };
  const evidence = (leftSection: Section, rightSection: Section): ParagraphPair[] => {
    const found: ParagraphPair[] = [];
    for (const l of leftParagraphs.get(leftSection.id) ?? []) {
      for (const r of rightParagraphs.get(rightSection.id) ?? []) {
        const score = cosine(vectorOf(left, l), vectorOf(right, r));
        if (score >= settings.evidenceThreshold) found.push({ left: l.id, right: r.id, score });
      }
    }
    return found.sort((a, b) => b.score - a.score).slice(0, settings.maxEvidence);
  };

  const scores: Record<string, Record<string, number>> = {};
  const pairs: SectionPair[] = [];
  left.sections.forEach((leftSection, i) => {
    const row: Record<string, number> = {};
    right.sections.forEach((rightSection, j) => {
      const score = matrix[i]?.[j] ?? 0;
      row[rightSection.id] = score;
      const amongBest =
        (rowRanks[i]?.[j] ?? Infinity) < settings.maxPartners ||
        (columnRanks[j]?.[i] ?? Infinity) < settings.maxPartners;
      if (score >= settings.threshold && amongBest) {
        const best = rowRanks[i]?.[j] === 0 || columnRanks[j]?.[i] === 0;
        pairs.push({
          left: leftSection.id,
          right: rightSection.id,
          score,
          best,
          evidence: evidence(leftSection, rightSection),
        });
      }
    });
    scores[leftSection.id] = row;
  });
  pairs.sort((a, b) => b.score - a.score);

  return {
    leftLetterId: left.id,
    rightLetterId: right.id,
    options: settings,
    leftSections: left.sections.map((s) => s.id),
    rightSections: right.sections.map((s) => s.id),
    scores,
    pairs,
    themes: suggestThemes(left, right, pairs, matrix),
  };
}

/**
 * Themes are the connected groups of best-partner pairs; a weaker second partner
 * joins a theme only when both its sections are already in it. Otherwise one
 * broad section (an opening that names every debate) would chain unrelated themes
 * into one.
 */
function suggestThemes(
  left: Letter,
  right: Letter,
  pairs: SectionPair[],
  matrix: number[][],
): SuggestedTheme[] {
  const components = new Components();
  const leftKey = (id: string) => `l:${id}`;
  const rightKey = (id: string) => `r:${id}`;
  for (const pair of pairs)
    if (pair.best) components.union(leftKey(pair.left), rightKey(pair.right));

  const continued = new Map<string, SuggestedTheme>();
  for (const pair of pairs) {
    const root = components.find(leftKey(pair.left));
    if (!pair.best && root !== components.find(rightKey(pair.right))) continue;
    const theme = continued.get(root) ?? {
      id: '',
      title: '',
      status: 'continued' as const,
      left: [],
      right: [],
      score: 0,
      pairs: [],
    };
    theme.pairs.push(pair);
    if (!theme.left.includes(pair.left)) theme.left.push(pair.left);
    if (!theme.right.includes(pair.right)) theme.right.push(pair.right);
    continued.set(root, theme);
  }
  const leftOrder = new Map(left.sections.map((s, i) => [s.id, i]));
  const rightOrder = new Map(right.sections.map((s, i) => [s.id, i]));
  const themes: SuggestedTheme[] = [];
  for (const theme of continued.values()) {
    theme.left.sort((a, b) => (leftOrder.get(a) ?? 0) - (leftOrder.get(b) ?? 0));
    theme.right.sort((a, b) => (rightOrder.get(a) ?? 0) - (rightOrder.get(b) ?? 0));
    const best = theme.pairs[0];
    const named = left.sections.find((s) => s.id === best?.left);
    theme.score = best?.score ?? 0;
    theme.title = named?.title ?? '';
    theme.id = `doorlopend-${best?.left ?? ''}`;
    themes.push(theme);
  }

  const bestInRow = (i: number) => Math.max(0, ...(matrix[i] ?? []));
  const bestInColumn = (j: number) => Math.max(0, ...matrix.map((row) => row[j] ?? 0));
  const grouped = [...continued.values()];
  const leftMatched = new Set(grouped.flatMap((t) => t.left));
  const rightMatched = new Set(grouped.flatMap((t) => t.right));
  themes.push(
    ...unmatchedThemes(left.sections, leftMatched, 'dropped', (i) => bestInRow(i)),
    ...unmatchedThemes(right.sections, rightMatched, 'new', (j) => bestInColumn(j)),
  );
  return themes;
}

/** Unmatched sections, grouped under their level-1 heading when that is unmatched too. */
function unmatchedThemes(
  sections: readonly Section[],
  matched: ReadonlySet<string>,
  status: 'new' | 'dropped',
  bestScore: (index: number) => number,
): SuggestedTheme[] {
  const groups = new Map<string, SuggestedTheme>();
  sections.forEach((section, index) => {
    if (matched.has(section.id)) return;
    const parent =
      section.parentId && !matched.has(section.parentId) ? section.parentId : section.id;
    const head = sections.find((s) => s.id === parent) ?? section;
    const theme = groups.get(parent) ?? {
      id: `${status === 'new' ? 'nieuw' : 'vervallen'}-${parent}`,
      title: head.title,
      status,
      left: [],
      right: [],
      score: 0,
      pairs: [],
    };
    (status === 'new' ? theme.right : theme.left).push(section.id);
    theme.score = Math.max(theme.score, bestScore(index));
    groups.set(parent, theme);
  });
  return [...groups.values()];
}
