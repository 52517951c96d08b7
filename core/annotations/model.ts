// A user's note or highlight, as the store keeps it. Its target follows the W3C
// Web Annotation model (a quote with context, plus a position), so it can be
// re-anchored when the corpus is corrected and exchanged with other tools.
import { z } from 'zod';
import { HIGHLIGHT_COLORS, QUOTE_CONTEXT_MAX_LENGTH, QUOTE_MAX_LENGTH } from './model-values';

export { HIGHLIGHT_COLORS };
export const HighlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColorSchema>;

/** W3C TextQuoteSelector: the quoted text with a little context either side. */
export const TextQuoteSchema = z.strictObject({
  exact: z.string().min(1).max(QUOTE_MAX_LENGTH),
  prefix: z.string().max(QUOTE_CONTEXT_MAX_LENGTH),
  suffix: z.string().max(QUOTE_CONTEXT_MAX_LENGTH),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/** W3C TextPositionSelector: offsets in the letter's plain text (see letterText). */
export const TextPositionSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.end > p.start, { message: 'end moet na start liggen' });
export type TextPosition = z.infer<typeof TextPositionSchema>;

/**
 * The one pattern of a note id, wherever an id is checked (the store file, every call through
 * the contract, an import). Naslag's own ids are UUIDs; a note imported from another tool keeps
 * that annotation's IRI (https://hypothes.is/a/…), so exporting it again gives the same IRI and
 * re-importing merges. An id starts with a letter or digit, so it is never "", ".", ".." or a
 * path, and never carries Naslag's own IRI prefix, which export adds and import removes: with it,
 * "urn:naslag:note:x" and "x" would be two notes with one IRI.
 */
export const NOTE_IRI_PREFIX = 'urn:naslag:note:';
export const NOTE_ID_PATTERN = new RegExp(
  `^(?!${NOTE_IRI_PREFIX})[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$`,
);
export const NoteIdSchema = z.string().regex(NOTE_ID_PATTERN, 'ongeldige id');

export const TagSchema = z.string().trim().min(1).max(60);

export const NoteSchema = z.object({
  id: NoteIdSchema,
  letterId: z.string().regex(/^kst-\d+-\d+$/),
  /**
   * The paragraph the note was made on; empty for an imported note that named
   * none and whose passage was not found (an orphan).
   */
  paragraphId: z.string().max(200),
  /** The selected text; null when the note belongs to the whole paragraph. */
  quote: TextQuoteSchema.nullable(),
  /** Where the quote stood when the note was made; null for a whole-paragraph note. */
  position: TextPositionSchema.nullable(),
  /**
   * For a whole-paragraph note: the paragraph's opening words when the note was
   * made, so the note can find its paragraph again if a corrected corpus renumbers it.
   */
  paragraphStart: z.string().min(1).max(200).optional(),
  color: HighlightColorSchema,
  /** The note itself: plain text with light Markdown, never rendered as HTML. */
  body: z.string().max(20_000),
  tags: z.array(TagSchema).max(30),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
});
export type Note = z.infer<typeof NoteSchema>;
