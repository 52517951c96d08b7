// Sentence alignment of two letters: which sentence of the later letter restates
// or updates a sentence of the earlier one, and which sentences have no
// counterpart (new in the later letter, dropped from the earlier one).
//
// Exported API (stable):
//   alignSentences(left, right, options?): SentenceAlignment
//   SentenceMatch     one row: status, the two sides (or null), similarity for pairs
//   MatchSide         paragraphId, text (one sentence, or two or three adjacent ones
//                     of one paragraph), sentenceIds, start/end offsets in the paragraph
//   DEFAULT_SENTENCE_ALIGN_OPTIONS
//   curatedSectionLinks(alignment, left, right)
//                     the section links of a curated theme alignment, as linkedSections
//   matchesInSections(alignment, left, right, leftSectionIds, rightSectionIds)
//                     the matches of one theme: those with a side in its sections
//
// Most of two progress letters say different things, so pairing is precise rather
// than eager: a pair needs a high TF-IDF cosine over the sentences of both letters
// AND a shared term that few sentences use (a boiler-plate "heb ik uw Kamer
// toegezegd u nader te informeren" pairs nothing). Inside two sections the curated
// theme alignment links, a lower cosine will do when the pair shares several
// distinctive terms and more than a two-word phrase ("private partijen" alone is
// a look-alike). Pairs are taken best first, one partner each; then a pair may
// take in the adjacent sentences of one side that together restate the other
// side's sentence. The thresholds are chosen against the labelled pairs in
// data/curated (see sentence-align.test.ts for precision/recall).
import type { Letter } from '../corpus/model';
import type { CuratedAlignment } from './curated-model';
import { foldText } from '../search/normalize';
import { letterSentences } from './sentences';
import type { LetterSentence } from './sentences';
import { buildVectorSpace, cosine } from './tfidf';
import type { TermVector, VectorSpace } from './tfidf';

export type SentenceStatus = 'same' | 'changed' | 'new' | 'dropped';

export interface MatchSide {
  paragraphId: string;
  /** One sentence, or the two or three adjacent sentences that together form the match. */
  text: string;
  sentenceIds: string[];
  /** Offsets of `text` in the paragraph's text. */
  start: number;
  end: number;
}

export interface SentenceMatch {
  status: SentenceStatus;
  left: MatchSide | null;
  right: MatchSide | null;
  /** Pairs only: cosine of the two sides, 0..1 (1 for the same words). */
  similarity?: number;
}

export interface SentenceAlignment {
  leftLetterId: string;
  rightLetterId: string;
  /** In reading order: the later letter's order, dropped sentences after the pair before them. */
  matches: SentenceMatch[];
}

export interface SentenceAlignOptions {
  /** A pair needs at least this cosine. */
  threshold: number;
  /** ... and share a term that at most this many sentences of the two letters use. */
  maxSharedTermSentences: number;
  /** Taking in a neighbouring sentence must cover this much more of the other side's terms (by weight). */
  mergeGain: number;
  /** At most this many sentences on one side of a pair. */
  maxMerge: number;
  /** Sections known to carry on the same subject, earlier letter left. */
  linkedSections: readonly SectionLink[];
  /** What a pair inside linked sections needs instead of `threshold` and one rare term. */
  linked: {
    threshold: number;
    /** Shared terms that at most `maxSharedTermSentences` sentences use. */
    minRareTerms: number;
    maxSharedTermSentences: number;
    /** Shared terms in all. */
    minSharedTerms: number;
  };
}

export interface SectionLink {
  left: string;
  right: string;
}

export const DEFAULT_SENTENCE_ALIGN_OPTIONS: SentenceAlignOptions = {
  threshold: 0.35,
  maxSharedTermSentences: 4,
  mergeGain: 0.1,
  maxMerge: 3,
  linkedSections: [],
  linked: { threshold: 0.15, minRareTerms: 2, maxSharedTermSentences: 5, minSharedTerms: 3 },
};

/** The section links of a curated theme alignment, when it is about these two letters. */
export function curatedSectionLinks(
  alignment: CuratedAlignment,
  left: Letter,
  right: Letter,
): SectionLink[] {
  if (alignment.leftLetterId !== left.id || alignment.rightLetterId !== right.id) return [];
  return alignment.themes.flatMap((theme) =>
    theme.links.map((link) => ({ left: link.left, right: link.right })),
  );
}

interface Group {
  /** Indexes into the side's sentence list, adjacent and in one paragraph. */
  indexes: number[];
}

/** The share of a's weight (squared) that b's terms cover: how much of a the text b says. */
function coverage(a: TermVector, b: TermVector): number {
  if (a.norm === 0) return 0;
  let covered = 0;
  for (const [term, weight] of a.weights) if (b.weights.has(term)) covered += weight * weight;
  return covered / (a.norm * a.norm);
}

/** The index of the vector closest to v. */
function bestCounterpart(v: TermVector, others: readonly TermVector[]): number {
  let best = -1;
  let bestScore = 0;
  others.forEach((o, i) => {
    const score = cosine(v, o);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function sharedTerms(a: TermVector, b: TermVector): string[] {
  return [...a.weights.keys()].filter((term) => b.weights.has(term));
}

/** Words only, folded: "I. W. Opstelten" and "I.W. Opstelten" are the same sentence. */
function wordsOnly(text: string): string {
  return (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function sideOf(sentences: readonly LetterSentence[], letter: Letter, group: Group): MatchSide {
  const members = group.indexes.map((i) => sentences[i]).filter((s) => s !== undefined);
  const first = members[0];
  const last = members.at(-1);
  if (!first || !last) throw new Error('an empty sentence group');
  const paragraph = letter.paragraphs.find((p) => p.id === first.paragraphId);
  const text = paragraph ? paragraph.text.slice(first.start, last.end) : first.text;
  return {
    paragraphId: first.paragraphId,
    text,
    sentenceIds: members.map((s) => s.id),
    start: first.start,
    end: last.end,
  };
}

class Side {
  readonly vectors: TermVector[];
  readonly partner: (number | undefined)[];
  constructor(
    readonly letter: Letter,
    readonly sentences: LetterSentence[],
    private readonly space: VectorSpace,
  ) {
    this.vectors = sentences.map((s) => space.vectorize(s.text));
    this.partner = sentences.map(() => undefined);
  }
  vectorOf(indexes: readonly number[]): TermVector {
    return this.space.vectorize(indexes.map((i) => this.sentences[i]?.text ?? '').join(' '));
  }
  /** An unpaired neighbour of the group in the same paragraph, before or after it. */
  neighbours(group: readonly number[]): number[] {
    const first = group[0] ?? 0;
    const last = group.at(-1) ?? 0;
    const paragraphId = this.sentences[first]?.paragraphId;
    return [first - 1, last + 1].filter(
      (i) =>
        i >= 0 &&
        i < this.sentences.length &&
        this.sentences[i]?.paragraphId === paragraphId &&
        this.partner[i] === undefined,
    );
  }
}

/** The sentence alignment of two letters, the earlier one left. */
export function alignSentences(
  left: Letter,
  right: Letter,
  options: Partial<SentenceAlignOptions> = {},
): SentenceAlignment {
  const settings = { ...DEFAULT_SENTENCE_ALIGN_OPTIONS, ...options };
  const leftSentences = letterSentences(left);
  const rightSentences = letterSentences(right);
  const space = buildVectorSpace([...leftSentences, ...rightSentences].map((s) => s.text));
  const l = new Side(left, leftSentences, space);
  const r = new Side(right, rightSentences, space);

  const sectionOf = (letter: Letter, sentences: readonly LetterSentence[]) => {
    const sectionOfParagraph = new Map(letter.paragraphs.map((p) => [p.id, p.sectionId]));
    return sentences.map((s) => sectionOfParagraph.get(s.paragraphId));
  };
  const leftSections = sectionOf(left, leftSentences);
  const rightSections = sectionOf(right, rightSentences);
  const linked = (i: number, j: number) =>
    settings.linkedSections.some(
      (link) => link.left === leftSections[i] && link.right === rightSections[j],
    );
  const candidates: { i: number; j: number; score: number }[] = [];
  const kinds = (letter: Letter, sentences: readonly LetterSentence[]) => {
    const kindOf = new Map(letter.paragraphs.map((p) => [p.id, p.kind]));
    return sentences.map((s) => kindOf.get(s.paragraphId));
  };
  const leftKinds = kinds(left, leftSentences);
  const rightKinds = kinds(right, rightSentences);
  l.vectors.forEach((lv, i) =>
    r.vectors.forEach((rv, j) => {
      // A dateline pairs only with a dateline, a sign-off only with a sign-off.
      if (leftKinds[i] !== rightKinds[j]) return;
      const score = cosine(lv, rv);
      if (score < Math.min(settings.threshold, settings.linked.threshold)) return;
      const shared = sharedTerms(lv, rv);
      const rare = (maxSentences: number) =>
        shared.filter((term) => space.documentFrequency(term) <= maxSentences).length;
      const strong = score >= settings.threshold && rare(settings.maxSharedTermSentences) > 0;
      const linkedEvidence =
        score >= settings.linked.threshold &&
        shared.length >= settings.linked.minSharedTerms &&
        rare(settings.linked.maxSharedTermSentences) >= settings.linked.minRareTerms &&
        linked(i, j);
      if (strong || linkedEvidence) candidates.push({ i, j, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score);

  const pairs: { left: number[]; right: number[]; score: number }[] = [];
  for (const { i, j, score } of candidates) {
    if (l.partner[i] !== undefined || r.partner[j] !== undefined) continue;
    const pair = { left: [i], right: [j], score };
    l.partner[i] = pairs.length;
    r.partner[j] = pairs.length;
    pairs.push(pair);
  }
  // Let one side of each pair take in the adjacent sentences that restate the other side with it.
  pairs.forEach((pair, k) => {
    for (const [grow, other, keep] of [
      [r, l, 'right'],
      [l, r, 'left'],
    ] as const) {
      const otherGroup = keep === 'right' ? pair.left : pair.right;
      if (otherGroup.length > 1) continue;
      const otherVector = other.vectorOf(otherGroup);
      let group = keep === 'right' ? pair.right : pair.left;
      while (group.length < settings.maxMerge) {
        let best: { group: number[]; score: number } | undefined;
        for (const n of grow.neighbours(group)) {
          const extended = [...group, n].sort((a, b) => a - b);
          const vector = grow.vectorOf(extended);
          const score = cosine(otherVector, vector);
          const gain = coverage(otherVector, vector) - coverage(otherVector, grow.vectorOf(group));
          // A sentence joins only the pair whose other side is its own closest counterpart.
          const own = grow.vectors[n];
          const closest = own && bestCounterpart(own, other.vectors);
          if (otherGroup[0] !== closest) continue;
          if (
            gain >= settings.mergeGain &&
            score >= settings.threshold &&
            (!best || score > best.score)
          )
            best = { group: extended, score };
        }
        if (!best) break;
        for (const n of best.group) grow.partner[n] = k;
        group = best.group;
        pair.score = best.score;
      }
      if (keep === 'right') pair.right = group;
      else pair.left = group;
    }
  });

  const matches: { key: number; match: SentenceMatch }[] = [];
  for (const pair of pairs) {
    const leftSide = sideOf(leftSentences, left, { indexes: pair.left });
    const rightSide = sideOf(rightSentences, right, { indexes: pair.right });
    const same = wordsOnly(leftSide.text) === wordsOnly(rightSide.text);
    matches.push({
      key: pair.right[0] ?? 0,
      match: {
        status: same ? 'same' : 'changed',
        left: leftSide,
        right: rightSide,
        similarity: same ? 1 : Math.round(pair.score * 1000) / 1000,
      },
    });
  }
  rightSentences.forEach((_, j) => {
    if (r.partner[j] === undefined)
      matches.push({
        key: j,
        match: {
          status: 'new',
          left: null,
          right: sideOf(rightSentences, right, { indexes: [j] }),
        },
      });
  });
  // A dropped sentence stands after the pair that precedes it in the earlier letter.
  let anchor = -1;
  leftSentences.forEach((_, i) => {
    const partner = l.partner[i];
    if (partner !== undefined) {
      anchor = pairs[partner]?.right.at(-1) ?? anchor;
      return;
    }
    matches.push({
      key: anchor + 0.5 + i / (leftSentences.length * 4),
      match: {
        status: 'dropped',
        left: sideOf(leftSentences, left, { indexes: [i] }),
        right: null,
      },
    });
  });
  matches.sort((a, b) => a.key - b.key);
  return {
    leftLetterId: left.id,
    rightLetterId: right.id,
    matches: matches.map((m) => m.match),
  };
}

/**
 * The matches with a side in the given sections (e.g. a theme's), in the
 * alignment's order: the pairs, new and dropped sentences a theme view shows.
 */
export function matchesInSections(
  alignment: SentenceAlignment,
  left: Letter,
  right: Letter,
  leftSectionIds: readonly string[],
  rightSectionIds: readonly string[],
): SentenceMatch[] {
  const sectionOf = (letter: Letter, paragraphId: string | undefined) =>
    letter.paragraphs.find((p) => p.id === paragraphId)?.sectionId ?? '';
  return alignment.matches.filter(
    (match) =>
      leftSectionIds.includes(sectionOf(left, match.left?.paragraphId)) ||
      rightSectionIds.includes(sectionOf(right, match.right?.paragraphId)),
  );
}
