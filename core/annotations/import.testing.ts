// The notes, exports and parsing helpers the import tests share.
import { expect } from 'vitest';
import type { Corpus } from '../corpus/model';
import { earlyLetter } from './fixtures/nr81-excerpt';
import { parseNotesImport } from './import';
import type { ParsedImport } from './import';
import type { Note } from './model';
import { paragraphTarget, selectionTarget } from './target';
import { toWebAnnotation } from './web-annotation';

export const corpus: Corpus = { version: 1, letters: [earlyLetter] };
export const ENCRYPTION_3_START = 'In de komende maanden wordt bekeken';
export const NOW = '2024-05-01T12:00:00.000Z';
export const at = (paragraphId: string, offset: number) => ({ paragraphId, offset });

export function note(id: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    letterId: 'kst-31015-81',
    ...selectionTarget(earlyLetter, at('encryptie-2', 0), at('encryptie-2', 50))!,
    color: 'yellow',
    body: 'Een notitie',
    tags: [],
    created: '2024-03-01T09:00:00.000Z',
    modified: '2024-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export const notes: Note[] = [
  note('citaat', {
    tags: ['encryptie', 'nemo tenetur'],
    color: 'pink',
    body: 'Zie *ook* nr. 90.\n\n- punt één\n- punt twee',
  }),
  note('markering', {
    body: '',
    ...selectionTarget(earlyLetter, at('encryptie-1', 3), at('encryptie-1', 33))!,
  }),
  note('alinea', { body: 'Hele alinea', ...paragraphTarget(earlyLetter, 'encryptie-3')! }),
  note('gevaarlijk', {
    body: '<script>alert("x")</script> <img src=x onerror=alert(1)> # Kop\n> citaat',
  }),
  note('urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', { color: 'purple' }),
];

export function exportJson(list: Note[]): string {
  return JSON.stringify(list.map((n) => toWebAnnotation(n, earlyLetter)));
}

export function parsed(text: string): Extract<ParsedImport, { ok: true }> {
  const result = parseNotesImport(text, corpus, NOW);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A valid exported annotation as a plain object, to be broken in one place per test. */
export function annotation(): Record<string, unknown> & {
  target: { source: string; selector: Record<string, unknown>[] };
} {
  return JSON.parse(JSON.stringify(toWebAnnotation(notes[0]!, earlyLetter)));
}

export function skipReason(value: unknown): string {
  const result = parsed(JSON.stringify(value));
  expect(result.candidates).toEqual([]);
  expect(result.skipped).toHaveLength(1);
  return result.skipped[0]!.reason;
}
