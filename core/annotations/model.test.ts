import { describe, expect, it } from 'vitest';
import { dispatch } from '../contract/dispatch';
import type { ApiHandlers } from '../contract/api';
import { NoteIdSchema, TextPositionSchema } from './model';
import { noteIdFromIri, noteIri } from './web-annotation';

describe('NoteIdSchema', () => {
  it.each([
    ['a Naslag id (a UUID)', '0b6d9c1e-3f2a-4b8e-9c1d-2e3f4a5b6c7d'],
    ['a short id', 'n1'],
    ["another tool's IRI", 'https://hypothes.is/a/AbC123'],
    ['a URN', 'urn:uuid:0b6d9c1e-3f2a-4b8e-9c1d-2e3f4a5b6c7d'],
    ['200 characters', 'a'.repeat(200)],
  ])('accepts %s', (_name, id) => {
    expect(NoteIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    ['an empty id', ''],
    ['a dot', '.'],
    ['two dots', '..'],
    ['a path', '/etc/passwd'],
    ['a leading dash, read as an option by command lines', '-rf'],
    ['a space', 'mijn notitie'],
    ['markup', '<img src=x>'],
    ['a line break', 'a\nb'],
    ["Naslag's own IRI prefix, which export adds and import removes", 'urn:naslag:note:x'],
    ['201 characters', 'a'.repeat(201)],
    ['a non-ASCII letter', 'notitie-é'],
  ])('refuses %s', (_name, id) => {
    expect(NoteIdSchema.safeParse(id).success).toBe(false);
  });

  it('gives every valid id an IRI that imports back to the same id', () => {
    for (const id of ['n1', 'https://hypothes.is/a/AbC123', 'urn:uuid:1234'])
      expect(noteIdFromIri(noteIri(id))).toBe(id);
  });

  it('is the pattern every call through the contract is held to', async () => {
    const refuse = async () => {
      throw new Error('not reached');
    };
    const handlers = new Proxy({} as ApiHandlers, { get: () => refuse });
    for (const id of ['..', 'urn:naslag:note:x', '']) {
      expect(await dispatch(handlers, 'notes:delete', { id })).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
    }
  });
});

describe('TextPositionSchema', () => {
  it('takes a position that selects at least one character, and refuses one that selects none', () => {
    expect(TextPositionSchema.safeParse({ start: 4, end: 5 }).success).toBe(true);
    for (const end of [4, 3])
      expect(TextPositionSchema.safeParse({ start: 4, end }).success).toBe(false);
  });
});
