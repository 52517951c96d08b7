// Reads notes from a Web Annotation file someone chose: one annotation or a
// list. The file is untrusted. The whole import is refused, changing nothing,
// when the file as a whole is unusable (too big, not JSON, too many items);
// otherwise each annotation is taken or skipped on its own, with the reason
// in Dutch. Merging is by id: added, updated, unchanged, or skipped when the
// note in Naslag is newer. A different note with the very same modification
// time is skipped too: nothing tells which is newer, and the file still holds
// its version, whereas overwriting would lose the one in Naslag for good.
import type { ImportReport } from '../contract/api';
import type { Corpus, Letter } from '../corpus/model';
import { letterText, paragraphOffsets } from '../corpus/letter-text';
import { anchorNote } from './anchor';
import { matchQuote } from './match-quote';
import { describeIssue, importMessages } from './messages';
import { NoteIdSchema, NoteSchema } from './model';
import { QUOTE_CONTEXT_MAX_LENGTH } from './model-values';
import type { Note, TextQuote } from './model';
import { PARAGRAPH_START_LENGTH, quoteAt } from './target';
import { IncomingAnnotationSchema, noteIdFromIri } from './web-annotation';
import type { IncomingAnnotation } from './web-annotation';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 10_000;
/** Deeper than any real annotation; guards the key scan against pathological nesting. */
export const MAX_IMPORT_DEPTH = 32;
/** Keys that could reach an object's prototype if the data were ever merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Skipped = ImportReport['skipped'][number];
export type FromAnnotation = { ok: true; note: Note } | { ok: false; reason: string; id?: string };
export type ParsedImport =
  | { ok: false; message: string }
  | { ok: true; candidates: { index: number; note: Note }[]; skipped: Skipped[] };

export function parseNotesImport(text: string, corpus: Corpus, now: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) {
    return { ok: false, message: importMessages.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: importMessages.notJson() };
  }
  const items = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null
      ? [parsed]
      : null;
  if (!items) return { ok: false, message: importMessages.wrongTopLevel() };
  if (items.length > MAX_IMPORT_ITEMS)
    return { ok: false, message: importMessages.tooMany(MAX_IMPORT_ITEMS, items.length) };

  const candidates: { index: number; note: Note }[] = [];
  const skipped: Skipped[] = [];
  items.forEach((item: unknown, index) => {
    const result = fromWebAnnotation(item, corpus, now);
    if (result.ok) candidates.push({ index, note: result.note });
    else skipped.push({ index, ...(result.id ? { id: result.id } : {}), reason: result.reason });
  });
  return { ok: true, candidates, skipped };
}

/** One annotation as a note, or why it cannot be one. */
export function fromWebAnnotation(value: unknown, corpus: Corpus, now: string): FromAnnotation {
  const forbidden = forbiddenKey(value, 0);
  if (forbidden) return { ok: false, reason: forbidden };
  const parsed = IncomingAnnotationSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error.issues[0]!) };
  const annotation = parsed.data;
  const id = NoteIdSchema.safeParse(noteIdFromIri(annotation.id));
  if (!id.success) return { ok: false, reason: importMessages.badId() };
  const fail = (reason: string): FromAnnotation => ({ ok: false, reason, id: id.data });

  if (annotation.target.length !== 1) return fail(importMessages.multipleTargets());
  const target = annotation.target[0]!;
  const letter = corpus.letters.find(
    (l) => l.identifier === target.source || l.id === target.source,
  );
  if (!letter) return fail(importMessages.unknownLetter(target.source));

  const place = placeOf(annotation, letter);
  if ('reason' in place) return fail(place.reason);
  const { comments, tags } = bodiesOf(annotation);
  // A clock that runs ahead elsewhere must not make a note win every later merge.
  const notAfterNow = (date: string) => (Date.parse(date) > Date.parse(now) ? now : date);
  const modified = notAfterNow(annotation.modified ?? annotation.created ?? now);
  const created = notAfterNow(annotation.created ?? modified);
  const note = NoteSchema.safeParse({
    id: id.data,
    letterId: letter.id,
    ...place,
    color: annotation['naslag:color'] ?? 'yellow',
    body: comments.join('\n\n'),
    tags,
    created,
    modified,
  });
  if (!note.success) return fail(describeIssue(note.error.issues[0]!));
  return { ok: true, note: note.data };
}

type Place = Pick<Note, 'paragraphId' | 'quote' | 'position' | 'paragraphStart'>;

/**
 * Where in the letter the annotation points, checked against the letter as it
 * is. A passage that cannot be found is kept as the annotation gave it (an
 * orphan, listed under "Niet gevonden"), so exporting it again loses nothing.
 */
function placeOf(annotation: IncomingAnnotation, letter: Letter): Place | { reason: string } {
  const selectors = annotation.target[0]?.selector ?? [];
  let quote: TextQuote | null = null;
  let position: Note['position'] = null;
  let paragraphId: string | null = null;
  // Told apart by shape: a selector of a kind Naslag does not use keeps only its type.
  for (const selector of selectors) {
    if ('exact' in selector) quote = contextCapped(selector);
    if ('start' in selector && selector.end > selector.start)
      position = { start: selector.start, end: selector.end };
    if ('value' in selector) {
      paragraphId = selector.value;
      if (!quote && selector.refinedBy) quote = contextCapped(selector.refinedBy);
    }
  }
  const text = letterText(letter);
  const inText = position && position.end <= text.length ? position : null;
  const paragraph = paragraphId ? letter.paragraphs.find((p) => p.id === paragraphId) : undefined;

  // A whole-paragraph note: Naslag marks it with the paragraph's opening words.
  const paragraphStart = annotation['naslag:paragraphStart'];
  if (paragraphStart !== undefined || (!quote && !inText)) {
    if (!paragraphId && !paragraphStart) return { reason: importMessages.noPlace() };
    const opening = paragraphStart ?? paragraph?.text.slice(0, PARAGRAPH_START_LENGTH);
    const target = {
      paragraphId: paragraphId ?? '',
      quote: null,
      position: null,
      ...(opening ? { paragraphStart: opening } : {}),
    };
    const anchor = anchorNote({ letterId: letter.id, ...target }, letter);
    return anchor.status === 'orphaned' ? target : { ...target, paragraphId: anchor.paragraphId };
  }
  // A position alone is fragile; the quote at it lets the note be found again after a correction.
  if (!quote) quote = quoteAt(text, inText!.start, inText!.end);

  const hint = (paragraph && quoteInParagraph(letter, paragraph.id, quote)) ?? inText;
  const anchor = anchorNote(
    { letterId: letter.id, paragraphId: paragraphId ?? '', quote, position: hint },
    letter,
  );
  if (anchor.status === 'orphaned') return { paragraphId: paragraphId ?? '', quote, position };
  // Stored with the context it has in the letter, so it anchors the same way in every copy of Naslag.
  const { start, end } = anchor;
  return {
    paragraphId: anchor.paragraphId,
    quote: { ...quoteAt(text, start, end), exact: quote.exact },
    position: { start, end },
  };
}

/**
 * The quote's place inside the paragraph an annotation names, when it is
 * there: "ontsleutelplicht" given for encryptie-3 must not land on its first
 * occurrence in the letter, two paragraphs earlier.
 */
function quoteInParagraph(letter: Letter, paragraphId: string, quote: TextQuote): Note['position'] {
  const span = paragraphOffsets(letter).find((p) => p.paragraphId === paragraphId);
  if (!span) return null;
  const text = letterText(letter);
  // The context either side may reach past the paragraph; the quote may not.
  const from = Math.max(0, span.start - quote.prefix.length);
  const scope = text.slice(from, span.end + quote.suffix.length);
  if (!text.slice(span.start, span.end).includes(quote.exact)) return null;
  // Found exactly, as the check above shows.
  const match = matchQuote(scope, quote.exact, quote)!;
  return { start: from + match.start, end: from + match.end };
}

function contextCapped(selector: { exact: string; prefix?: string; suffix?: string }): TextQuote {
  // Other tools may keep longer context than a note holds; the nearest characters matter most.
  return {
    exact: selector.exact,
    prefix: (selector.prefix ?? '').slice(-QUOTE_CONTEXT_MAX_LENGTH),
    suffix: (selector.suffix ?? '').slice(0, QUOTE_CONTEXT_MAX_LENGTH),
  };
}

function bodiesOf(annotation: IncomingAnnotation): { comments: string[]; tags: string[] } {
  const comments: string[] = annotation.bodyValue ? [annotation.bodyValue] : [];
  const tags: string[] = [];
  for (const body of annotation.body ?? []) {
    if (!('value' in body)) continue;
    if (body.purpose === 'tagging') {
      const tag = body.value.trim();
      if (tag && !tags.includes(tag)) tags.push(tag);
    } else {
      comments.push(body.value);
    }
  }
  return { comments, tags };
}

/** The first forbidden key anywhere in the value, as a reason; null when there is none. */
function forbiddenKey(value: unknown, depth: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_IMPORT_DEPTH) return importMessages.tooDeep();
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return importMessages.forbiddenKey(key);
    const inner = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Merges imported notes into the existing ones by id; the report counts what happened to each. */
export function mergeImportedNotes(
  existing: readonly Note[],
  parsed: Extract<ParsedImport, { ok: true }>,
): { notes: Note[]; report: ImportReport } {
  const notes = [...existing];
  const indexById = new Map(notes.map((note, index) => [note.id, index]));
  const seen = new Set<string>();
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: [...parsed.skipped] };
  for (const { index, note } of parsed.candidates) {
    if (seen.has(note.id)) {
      report.skipped.push({ index, id: note.id, reason: importMessages.duplicateInFile() });
      continue;
    }
    seen.add(note.id);
    const at = indexById.get(note.id);
    if (at === undefined) {
      indexById.set(note.id, notes.length);
      notes.push(note);
      report.added++;
      continue;
    }
    const current = notes[at]!;
    const storedAt = Date.parse(current.modified);
    const importedAt = Date.parse(note.modified);
    if (sameNote(current, note)) report.unchanged++;
    else if (storedAt >= importedAt) {
      report.skipped.push({
        index,
        id: note.id,
        reason:
          storedAt === importedAt
            ? importMessages.sameTimeInStore(current.modified)
            : importMessages.newerInStore(current.modified),
      });
    } else {
      notes[at] = note;
      report.updated++;
    }
  }
  report.skipped.sort((a, b) => a.index - b.index);
  return { notes, report };
}

export function sameNote(a: Note, b: Note): boolean {
  return canonical(a) === canonical(b);
}

function canonical(note: Note): string {
  const {
    id,
    letterId,
    paragraphId,
    quote,
    position,
    paragraphStart,
    color,
    body,
    tags,
    created,
    modified,
  } = note;
  return JSON.stringify([
    id,
    letterId,
    paragraphId,
    quote && [quote.exact, quote.prefix, quote.suffix],
    position && [position.start, position.end],
    paragraphStart ?? null,
    color,
    body,
    tags,
    Date.parse(created),
    Date.parse(modified),
  ]);
}
