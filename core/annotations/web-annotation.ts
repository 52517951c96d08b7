// Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the
// exchange format other annotation tools read. A note's target becomes the
// letter's official identifier with three selectors: the quote with context,
// its position in letterText, and the paragraph as a fragment (refined by the
// quote). Naslag's own colour and a whole paragraph's opening words travel as
// "naslag:" extension properties, which other tools ignore. Reading them
// back, checked against the corpus, is import.ts's job.
import { z } from 'zod';
import type { Letter } from '../corpus/model';
import { HighlightColorSchema, NOTE_IRI_PREFIX } from './model';
import type { CurrentPlace } from './anchor';
import type { Note, TextQuote } from './model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3986';

export interface TextQuoteSelector extends TextQuote {
  type: 'TextQuoteSelector';
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: typeof FRAGMENT_SPEC;
  /** The paragraph id, as in the reader's deep links. */
  value: string;
  refinedBy?: TextQuoteSelector;
}
export type Selector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: Selector[] };
  'naslag:color': Note['color'];
  'naslag:paragraphStart'?: string;
}

/** Note ids that are not already IRIs get Naslag's prefix, and lose it again on import. */
export function noteIri(id: string): string {
  return id.includes(':') ? id : `${NOTE_IRI_PREFIX}${id}`;
}

export function noteIdFromIri(iri: string): string {
  return iri.startsWith(NOTE_IRI_PREFIX) ? iri.slice(NOTE_IRI_PREFIX.length) : iri;
}

export function toWebAnnotation(
  note: Note,
  letter: Pick<Letter, 'identifier'>,
  current?: CurrentPlace,
): WebAnnotation {
  const selector: Selector[] = [];
  // An orphan travels exactly as it was stored, so nothing is lost on the way.
  const quote = current?.quote ?? note.quote;
  const position = current?.position ?? note.position;
  const paragraphId = current?.paragraphId ?? note.paragraphId;
  const quoteSelector: TextQuoteSelector | undefined = quote
    ? { type: 'TextQuoteSelector', ...quote }
    : undefined;
  if (quoteSelector) selector.push(quoteSelector);
  if (position)
    selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  if (paragraphId !== '')
    selector.push({
      type: 'FragmentSelector',
      conformsTo: FRAGMENT_SPEC,
      value: paragraphId,
      ...(quoteSelector ? { refinedBy: quoteSelector } : {}),
    });
  const body: TextualBody[] = [];
  if (note.body !== '')
    body.push({
      type: 'TextualBody',
      value: note.body,
      format: 'text/markdown',
      purpose: 'commenting',
    });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: note.body === '' ? 'highlighting' : 'commenting',
    created: note.created,
    modified: note.modified,
    ...(body.length > 0 ? { body } : {}),
    target: { source: letter.identifier, selector },
    'naslag:color': note.color,
    // Marks a whole-paragraph note: its quote is the paragraph, for tools that need one.
    ...(note.paragraphStart ? { 'naslag:paragraphStart': note.paragraphStart } : {}),
  };
}

// What an incoming annotation may look like. Lenient where the W3C model
// allows variants (one or many selectors and bodies, bodyValue), strict on
// sizes, so a hostile file cannot smuggle in more than a note may hold.
const oneOrMany = <T extends z.ZodType>(item: T, max: number) =>
  z
    .union([item, z.array(item).max(max)])
    .transform((value) => (Array.isArray(value) ? value : [value]));

const KNOWN_SELECTORS = new Set(['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);

const IncomingQuoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(10_000).optional(),
  suffix: z.string().max(10_000).optional(),
});

const IncomingSelectorSchema = z.union([
  IncomingQuoteSchema,
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
  z.object({
    type: z.literal('FragmentSelector'),
    value: z.string().min(1).max(200),
    refinedBy: IncomingQuoteSchema.optional(),
  }),
  // Selectors Naslag does not use (CSS, XPath, ...) are allowed and ignored;
  // one of a kind Naslag knows must have that kind's shape.
  z.object({
    type: z
      .string()
      .max(100)
      .refine((type) => !KNOWN_SELECTORS.has(type)),
  }),
]);

const IncomingBodySchema = z.union([
  z.object({
    type: z.literal('TextualBody').optional(),
    value: z.string().max(20_000),
    purpose: z.string().max(100).optional(),
    format: z.string().max(100).optional(),
  }),
  // Bodies that are not text (an image, a link) are allowed and ignored.
  z.object({
    type: z
      .string()
      .max(100)
      .refine((type) => type !== 'TextualBody'),
  }),
]);

const IncomingTargetSchema = z.object({
  source: z.string().min(1).max(2_000),
  selector: oneOrMany(IncomingSelectorSchema, 20).optional(),
});

export const IncomingAnnotationSchema = z.object({
  id: z.string().min(1).max(300),
  type: z.union([
    z.literal('Annotation'),
    z
      .array(z.string())
      .max(5)
      .refine((types) => types.includes('Annotation')),
  ]),
  created: z.iso.datetime({ offset: true }).optional(),
  modified: z.iso.datetime({ offset: true }).optional(),
  body: oneOrMany(IncomingBodySchema, 100).optional(),
  bodyValue: z.string().max(20_000).optional(),
  target: oneOrMany(IncomingTargetSchema, 5),
  'naslag:color': HighlightColorSchema.optional(),
  'naslag:paragraphStart': z.string().min(1).max(200).optional(),
});
export type IncomingAnnotation = z.output<typeof IncomingAnnotationSchema>;
