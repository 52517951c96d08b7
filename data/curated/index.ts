// The curated comparison data for the bundled pair of letters, validated against
// its schemas when loaded. Each file holds hand-made entries with a reason each;
// core/compare/curated.test.ts checks that they fit the letters.
import {
  CommitmentsSchema,
  CuratedAlignmentSchema,
  FiguresSchema,
  SentencePairsSchema,
  TimelineSchema,
  TrackedChangesSchema,
} from '../../core/compare/curated-model';
import type {
  CuratedAlignment,
  Commitments,
  Figures,
  SentencePairs,
  Timeline,
  TrackedChanges,
} from '../../core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import alignmentJson from './alignment-81-90.json';
import changesJson from './changes-81-90.json';
import commitmentsJson from './commitments.json';
import figuresJson from './figures.json';
import sentencePairsJson from './sentence-pairs-81-90.json';
import timelineJson from './timeline.json';

export interface CuratedComparison {
  alignment: CuratedAlignment;
  commitments: Commitments;
  figures: Figures;
  timeline: Timeline;
  /** Labelled sentence pairs, the yardstick for the computed sentence alignment. */
  sentencePairs: SentencePairs;
  /** What changed per subject ("Wat is er veranderd"), grouped by theme. */
  changes: TrackedChanges;
}

export const curatedComparison: CuratedComparison = {
  alignment: CuratedAlignmentSchema.parse(alignmentJson),
  commitments: CommitmentsSchema.parse(commitmentsJson),
  figures: FiguresSchema.parse(figuresJson),
  timeline: TimelineSchema.parse(timelineJson),
  sentencePairs: SentencePairsSchema.parse(sentencePairsJson),
  changes: TrackedChangesSchema.parse(changesJson),
};

/** The curated theme a paragraph's section belongs to, so a brief by theme matches the compare view. */
export function curatedThemeOf(letter: Letter, paragraphId: string): string | undefined {
  const { alignment } = curatedComparison;
  const sectionId = letter.paragraphs.find((paragraph) => paragraph.id === paragraphId)?.sectionId;
  if (!sectionId) return undefined;
  const side =
    letter.id === alignment.leftLetterId
      ? 'left'
      : letter.id === alignment.rightLetterId
        ? 'right'
        : null;
  if (!side) return undefined;
  return alignment.themes.find((theme) => theme[side].includes(sectionId))?.title;
}
