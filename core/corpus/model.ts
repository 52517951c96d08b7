// The corpus model: what a bundled letter is, as the reader, search, compare and
// notes all see it. The schemas validate a corpus read from disk or built from
// the raw letters; the types are inferred from them so the two cannot drift.
import { z } from 'zod';

/** Where a fact about a letter comes from, so a user can check it. */
export const ProvenanceSchema = z.object({
  /** The document or place the fact was taken from, e.g. "de brief zelf, regel 1". */
  source: z.string().min(1),
  /** Optional explanation in Dutch, shown to the user. */
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A footnote marker in a paragraph. The footnote texts are not in the source. */
export const FootnoteRefSchema = z.object({
  /** The number as printed (in nr. 81 numbering restarts on every page). */
  n: z.number().int().positive(),
  page: z.number().int().positive(),
  paragraphId: z.string().min(1),
  /** Character offset in the paragraph's plain text right after which the marker stands. */
  offset: z.number().int().nonnegative(),
});
export type FootnoteRef = z.infer<typeof FootnoteRefSchema>;

export const ParagraphKindSchema = z.enum(['dateline', 'body', 'signoff']);
export type ParagraphKind = z.infer<typeof ParagraphKindSchema>;

export const ParagraphSchema = z.object({
  /** Stable, deterministic id, unique within the corpus (it is used in deep links and notes). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** 1-based number of the paragraph in the letter, as shown in the margin. */
  n: z.number().int().positive(),
  sectionId: z.string().min(1),
  kind: ParagraphKindSchema,
  /** The printed page the paragraph starts on. */
  page: z.number().int().positive(),
  /** The printed page it ends on, when it crosses a page break. */
  pageEnd: z.number().int().positive().optional(),
  /** Offsets in `text` where a new printed page starts (for page markers mid-paragraph). */
  pageBreaks: z.array(
    z.object({ page: z.number().int().positive(), offset: z.number().int().nonnegative() }),
  ),
  /**
   * Clean plain text: hyphenation joined, footnote markers removed, lines joined by a space.
   * Only the sign-off keeps its printed line break ("\n") between office and name.
   */
  text: z.string().min(1),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The heading as printed; for the untitled opening of a letter, a label in Dutch. */
  title: z.string().min(1),
  /** False for the untitled opening and sign-off, which have no printed heading. */
  printed: z.boolean(),
  /** 1 for a main heading, 2 for a heading under it. */
  level: z.union([z.literal(1), z.literal(2)]),
  /** The id of the level-1 section a level-2 section belongs to. */
  parentId: z.string().optional(),
  page: z.number().int().positive(),
});
export type Section = z.infer<typeof SectionSchema>;

export const TableSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['table', 'figure']),
  /** The caption as printed in the letter, or null when the letter prints none. */
  caption: z.string().nullable(),
  /** A descriptive title for lists and screen readers (Dutch). */
  title: z.string().min(1),
  page: z.number().int().positive(),
  sectionId: z.string().min(1),
  /** The paragraph the table follows in the text. */
  afterParagraphId: z.string().min(1),
  /** Header row first, then data rows; cells as printed (numbers keep their printed form). */
  rows: z.array(z.array(z.string())),
  /** The same data as numbers for charts; null where a cell holds no number. */
  series: z.array(
    z.object({
      label: z.string(),
      unit: z.enum(['count', 'percent']),
      points: z.array(
        z.object({
          /** A normalised label, e.g. "4e kw. 2009". */
          label: z.string(),
          /**
           * The label as the letter prints it, one printed row each, when it differs from
           * `label`: nr. 81 prints "4e kwart." over "2009", then "1" over "2010".
           */
          printed: z.array(z.string().min(1)).min(1).optional(),
          value: z.number().nullable(),
        }),
      ),
    }),
  ),
  chart: z.enum(['line', 'bar', 'grouped-bar']),
  /** Notes printed with the table (e.g. "N=480 zaken"). */
  notes: z.array(z.string()),
});
export type Table = z.infer<typeof TableSchema>;

export const LetterSchema = z.object({
  /** e.g. "kst-31015-81": the official document id. */
  id: z.string().regex(/^kst-\d+-\d+$/),
  /** Dossier number as printed, e.g. "31 015". */
  dossier: z.string().min(1),
  dossierTitle: z.string().min(1),
  nr: z.number().int().positive(),
  /** Parliamentary year as printed, e.g. "2012–2013". */
  vergaderjaar: z.string().regex(/^\d{4}–\d{4}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sender: z.string().min(1),
  senderName: z.string().min(1),
  title: z.string().min(1),
  /** One sentence on what the letter covers (Dutch). */
  summary: z.string().min(1),
  /** Other names people use for the letter, e.g. "april 2013". */
  aliases: z.array(z.string()),
  /** The official identifier, e.g. https://zoek.officielebekendmakingen.nl/kst-31015-81 */
  identifier: z.string().url(),
  provenance: z.record(z.string(), ProvenanceSchema),
  pageCount: z.number().int().positive(),
  sections: z.array(SectionSchema),
  paragraphs: z.array(ParagraphSchema),
  footnotes: z.array(FootnoteRefSchema),
  /** How the letter numbers its footnotes; the footnote texts are not in the source. */
  footnoteNumbering: z.enum(['per-page', 'continuous']),
  tables: z.array(TableSchema),
});
export type Letter = z.infer<typeof LetterSchema>;

export const CorpusSchema = z.object({
  /** Bumped when the shape changes. */
  version: z.literal(1),
  letters: z.array(LetterSchema),
});
export type Corpus = z.infer<typeof CorpusSchema>;
