import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isOwnWriting, serializeStore, SHAPE_FINGERPRINT, StoreDataSchema } from './schema';
import type { StoreData } from './schema';
import { parseStoreText } from './store-file';
import { note, withNotes } from './notes.testing';

describe('the checksum of a file the store wrote', () => {
  it('vouches for exactly the bytes the store wrote', () => {
    const text = serializeStore(withNotes([note('a'), note('b', 'Tekst met é')]));
    expect(isOwnWriting(Buffer.from(text))).toBe(true);
    expect(isOwnWriting(Buffer.from(text.replace('Tekst', 'Teksd')))).toBe(false);
    expect(isOwnWriting(Buffer.from(text.trimEnd()))).toBe(false);
    expect(isOwnWriting(Buffer.from(JSON.stringify(withNotes([note('a')]))))).toBe(false);
  });

  it('does not let an altered file skip the check of each note: a bad note still marks it damaged', () => {
    const text = serializeStore(withNotes([note('a'), note('b')]));
    const altered = text.replace('"color":"yellow"', '"color":"oranje"');
    expect(parseStoreText(Buffer.from(altered))).toMatchObject({
      kind: 'corrupt',
      reason: 'onverwachte inhoud bij notes.0.color',
    });
  });

  it('still checks the shape of a file it wrote: one id twice is damage', () => {
    const text = serializeStore({ ...withNotes([note('a'), note('a')]) });
    expect(isOwnWriting(Buffer.from(text))).toBe(true);
    expect(parseStoreText(Buffer.from(text))).toMatchObject({ kind: 'corrupt' });
  });

  it('does not vouch for a file sealed against no shape or another one', () => {
    const text = serializeStore(withNotes([note('a')]));
    const body = text.slice(0, text.lastIndexOf(',\n  "checksum"'));
    for (const shape of ['', 'een andere vorm\n']) {
      const checksum = createHash('sha256').update(shape).update(body).digest('hex');
      expect(isOwnWriting(Buffer.from(`${body},\n  "checksum": "${checksum}"\n}\n`))).toBe(false);
    }
    const own = createHash('sha256').update(`${SHAPE_FINGERPRINT}\n`).update(body).digest('hex');
    expect(isOwnWriting(Buffer.from(`${body},\n  "checksum": "${own}"\n}\n`))).toBe(true);
  });

  it('is tied to the note shape: change SHAPE_FINGERPRINT whenever StoreDataSchema changes', () => {
    const shape = JSON.stringify(
      z.toJSONSchema(StoreDataSchema, { io: 'input', unrepresentable: 'any' }),
    );
    expect(SHAPE_FINGERPRINT).toBe(createHash('sha256').update(shape).digest('hex').slice(0, 16));
  });
});

describe('serializeStore', () => {
  it('never writes a field a change left undefined as invalid JSON', () => {
    const data = { ...withNotes([note('a')]), drafts: undefined } as unknown as StoreData;
    const text = serializeStore(data);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(JSON.parse(text).notes).toEqual([note('a')]);
  });
});
