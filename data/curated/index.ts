// The curated comparison data for the bundled pair of letters, validated against
// its schemas when loaded. Each file holds hand-made entries with a reason each;
// core/compare/curated.test.ts checks that they fit the letters.
import {
  CommitmentsSchema,
  CuratedAlignmentSchema,
  FiguresSchema,
  TimelineSchema,
} from '../../core/compare/curated-model';
import type {
  CuratedAlignment,
  Commitments,
  Figures,
  Timeline,
} from '../../core/compare/curated-model';
import alignmentJson from './alignment-81-90.json';
import commitmentsJson from './commitments.json';
import figuresJson from './figures.json';
import timelineJson from './timeline.json';

export interface CuratedComparison {
  alignment: CuratedAlignment;
  commitments: Commitments;
  figures: Figures;
  timeline: Timeline;
}

export const curatedComparison: CuratedComparison = {
  alignment: CuratedAlignmentSchema.parse(alignmentJson),
  commitments: CommitmentsSchema.parse(commitmentsJson),
  figures: FiguresSchema.parse(figuresJson),
  timeline: TimelineSchema.parse(timelineJson),
};
