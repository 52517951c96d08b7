// The shape of the hand-made comparison data in data/curated: the theme
// alignment of two letters, the commitments they answer, the figures they report
// and the dated events they mention. Every entry carries a reason, and points into
// a letter by section id or by a quoted passage, so a test can check it resolves.
import { z } from 'zod';
import { QUALIFIERS } from '../corpus/dutch-number';
import { CHANGE_KINDS } from './changes';
import type { ChangeKind } from './changes';

const LetterId = z.string().regex(/^kst-\d+-\d+$/);
const SectionId = z.string().regex(/^[a-z0-9-]+$/);
const Slug = z.string().regex(/^[a-z0-9-]+$/);
/** Why an entry is what it is: one line, for the maintainer and shown to the user. */
const Reason = z.string().min(10);

/**
 * A date as precise as the letter gives it: "2012", "2012-10", "2012-10-01", or a
 * quarter "2012-Q2". Never more precise than the source.
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** A passage of a letter, named by a quote that occurs in exactly one of its paragraphs. */
export const PassageSchema = z.object({
  letterId: LetterId,
  quote: z.string().min(8),
});
export type Passage = z.infer<typeof PassageSchema>;

export const ThemeStatusSchema = z.enum(['continued', 'new', 'dropped']);

export const ThemeLinkSchema = z.object({
  left: SectionId,
  right: SectionId,
  reason: Reason,
});
export type ThemeLink = z.infer<typeof ThemeLinkSchema>;

export const CuratedThemeSchema = z.object({
  id: Slug,
  /** Dutch, as the theme list shows it. */
  title: z.string().min(1),
  status: ThemeStatusSchema,
  /** Section ids in the earlier letter. */
  left: z.array(SectionId),
  /** Section ids in the later letter. */
  right: z.array(SectionId),
  reason: Reason,
  /** Which section carries on which: the pairs a computed alignment should find. */
  links: z.array(ThemeLinkSchema),
});
export type CuratedTheme = z.infer<typeof CuratedThemeSchema>;

/** A section that belongs to more than one theme, on purpose. */
export const SharedSectionSchema = z.object({
  side: z.enum(['left', 'right']),
  sectionId: SectionId,
  themes: z.array(Slug).min(2),
  reason: Reason,
});

export const CuratedAlignmentSchema = z.object({
  leftLetterId: LetterId,
  rightLetterId: LetterId,
  themes: z.array(CuratedThemeSchema).min(1),
  shared: z.array(SharedSectionSchema),
});
export type CuratedAlignment = z.infer<typeof CuratedAlignmentSchema>;

export const DebateSchema = z.object({
  id: Slug,
  kind: z.enum(['ao', 'mondelinge-vragen', 'begrotingsbehandeling', 'brief']),
  /** Dutch, e.g. "Algemeen Overleg Kinderpornografie". */
  title: z.string().min(1),
  date: PartialDateSchema,
  /** The official record, when the letters name it (e.g. "Handelingen II 2012/13, nr. 66"). */
  record: z.string().optional(),
  reason: Reason,
});
export type Debate = z.infer<typeof DebateSchema>;

export const CommitmentStatusSchema = z.enum(['answered', 'in-progress', 'declined']);
export type CommitmentStatus = z.infer<typeof CommitmentStatusSchema>;

export const CommitmentSchema = z
  .object({
    id: Slug,
    debate: Slug,
    /** Dutch: what was promised. */
    promise: z.string().min(1),
    /** Who made it, when not the minister himself. */
    madeBy: z.string().optional(),
    /** Where a letter records the promise. */
    statedIn: PassageSchema,
    /**
     * Where each letter takes it up, in order; the last one gives the current status.
     * Each is a passage of its own, apart from the promise.
     */
    answers: z.array(
      PassageSchema.extend({
        status: CommitmentStatusSchema,
        /** Dutch: what the letter says in answer. */
        summary: z.string().min(1),
      }),
    ),
    /** Dutch: what no letter answers yet; required when there is no answer at all. */
    unanswered: z.string().min(10).optional(),
    reason: Reason,
  })
  .refine((c) => c.answers.length > 0 || c.unanswered !== undefined, {
    message: 'een toezegging zonder antwoord zegt dat het antwoord ontbreekt (unanswered)',
  });
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentsSchema = z.object({
  debates: z.array(DebateSchema).min(1),
  commitments: z.array(CommitmentSchema).min(1),
});
export type Commitments = z.infer<typeof CommitmentsSchema>;

/** Where a figure is printed: a paragraph (by quote) or a cell of a table. */
export const FigureSourceSchema = z.union([
  PassageSchema.strict(),
  z
    .object({
      letterId: LetterId,
      tableId: Slug,
      row: z.number().int().nonnegative(),
      column: z.number().int().nonnegative(),
    })
    .strict(),
]);
export type FigureSource = z.infer<typeof FigureSourceSchema>;

export const FigureSchema = z.object({
  id: Slug,
  /** Dutch: what is counted. */
  label: z.string().min(1),
  value: z.number(),
  /** The number as printed, when it is a word ("vier") or not in digits in the source. */
  printed: z.string().optional(),
  unit: z.string().min(1),
  /** What date the figure is about (not when it was published). */
  referenceDate: PartialDateSchema,
  /** The end of the period, when the figure covers one. */
  referenceEnd: PartialDateSchema.optional(),
  source: FigureSourceSchema,
  /** Figures of one group share a unit and can be drawn in one chart. */
  group: Slug,
  /** The line within the group's chart, e.g. "Streven" and "Gehaald". */
  series: z.string().min(1),
  /** Dutch: a caveat the reader must see next to the number. */
  note: z.string().optional(),
  /** The word the letter puts before the number ("meer dan 100"): shown with the value. */
  qualifier: z.enum(QUALIFIERS).optional(),
  /** The sum of the group's other series at the same date: never drawn beside its parts. */
  total: z.literal(true).optional(),
  reason: Reason,
});
export type Figure = z.infer<typeof FigureSchema>;

export const FigureGroupSchema = z.object({
  id: Slug,
  title: z.string().min(1),
  unit: z.string().min(1),
  /** Its series count different things in the same unit: listed, never on one axis. */
  separate: z.literal(true).optional(),
  reason: Reason,
});
export type FigureGroup = z.infer<typeof FigureGroupSchema>;

export const FiguresSchema = z.object({
  groups: z.array(FigureGroupSchema).min(1),
  figures: z.array(FigureSchema).min(1),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const TimelineEventSchema = z.object({
  id: Slug,
  date: PartialDateSchema,
  /** Dutch. */
  label: z.string().min(1),
  /** Planned at the time of the letter, as opposed to something that happened. */
  planned: z.boolean(),
  mentions: z
    .array(
      PassageSchema.extend({
        /** The date exactly as this passage prints it. */
        printed: z.string().min(1),
        /** Dutch: where the printed date differs from the event's or needs context. */
        note: z.string().optional(),
      }),
    )
    .min(1),
  reason: Reason,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const TimelineSchema = z.object({ events: z.array(TimelineEventSchema).min(1) });
export type Timeline = z.infer<typeof TimelineSchema>;

/** A sentence of a letter: "<paragraphId>#<n>" as core/compare/sentences.ts numbers them. */
const SentenceRef = z.string().regex(/^[a-z0-9-]+#\d+$/);

/**
 * A labelled sentence pair: the sentences of one side that restate or update those
 * of the other. With more than one id on a side, each of them counts as a partner
 * (adjacent ones may together form the match).
 */
export const SentencePairLabelSchema = z.object({
  left: z.array(SentenceRef).min(1),
  right: z.array(SentenceRef).min(1),
  status: z.enum(['same', 'changed']),
  reason: Reason,
});
export type SentencePairLabel = z.infer<typeof SentencePairLabelSchema>;

/** Sentences that look alike but do not restate each other: the aligner must not pair them. */
export const SentenceNonPairSchema = z.object({
  left: SentenceRef,
  right: SentenceRef,
  reason: Reason,
});
export type SentenceNonPair = z.infer<typeof SentenceNonPairSchema>;

export const SentencePairsSchema = z.object({
  leftLetterId: LetterId,
  rightLetterId: LetterId,
  pairs: z.array(SentencePairLabelSchema).min(1),
  nonPairs: z.array(SentenceNonPairSchema),
});
export type SentencePairs = z.infer<typeof SentencePairsSchema>;

/** How a subject changed from the earlier letter to the later one (changes.ts names the kinds). */
export const ChangeKindSchema = z.enum(CHANGE_KINDS);
export type { ChangeKind };

/** What a tracked subject is. */
export const SubjectKindSchema = z.enum([
  'maatregel',
  'project',
  'organisatie',
  'cijfer',
  'toezegging',
  'gebeurtenis',
]);
export type SubjectKind = z.infer<typeof SubjectKindSchema>;

/** What one letter says about a subject: the state it gives and the passage that says so. */
export const CitedStateSchema = z.object({
  paragraphId: z.string().regex(/^[a-z0-9-]+$/),
  /** Exactly as printed in that paragraph's text. */
  quote: z.string().min(3),
  /** Dutch, short: the state this letter gives the subject. */
  state: z.string().min(1),
});
export type CitedState = z.infer<typeof CitedStateSchema>;

export const TrackedChangeSchema = z
  .object({
    id: Slug,
    /** The curated theme it belongs to. */
    theme: Slug,
    /** Dutch: the measure, project, organisation, figure or commitment. */
    subject: z.string().min(1),
    subjectKind: SubjectKindSchema,
    change: ChangeKindSchema,
    /** Dutch, one line. */
    summary: z
      .string()
      .min(10)
      .max(240)
      .refine((text) => !text.includes('\n'), 'een samenvatting is één regel'),
    /** The earlier letter; null for a subject it does not mention. */
    left: CitedStateSchema.nullable(),
    /** The later letter; null for a subject it no longer mentions. */
    right: CitedStateSchema.nullable(),
    reason: Reason,
  })
  .refine((entry) => (entry.left === null) === (entry.change === 'nieuw'), {
    message: 'alleen een nieuw onderwerp heeft geen passage in de eerdere brief',
  })
  .refine((entry) => (entry.right === null) === (entry.change === 'niet meer genoemd'), {
    message:
      "alleen een onderwerp dat 'niet meer genoemd' wordt, heeft geen passage in de latere brief",
  });
export type TrackedChange = z.infer<typeof TrackedChangeSchema>;

export const TrackedChangesSchema = z.object({
  leftLetterId: LetterId,
  rightLetterId: LetterId,
  changes: z.array(TrackedChangeSchema).min(1),
});
export type TrackedChanges = z.infer<typeof TrackedChangesSchema>;
