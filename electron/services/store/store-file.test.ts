import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultyFs } from './fault-injection';
import { nodeStoreFs } from './fs';
import type { StoreFs } from './fs';
import { CURRENT_SCHEMA_VERSION, serializeStore } from './schema';
import { DurableStoreFile, parseStoreText, readStoreFile, StoreFileProblem } from './store-file';
import { note, withNotes } from './notes.testing';

const parse = (text: string | Buffer) =>
  parseStoreText(typeof text === 'string' ? Buffer.from(text) : text);

describe('parseStoreText: why a file cannot be read', () => {
  it.each([
    [
      'bytes that are no UTF-8 text',
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      'het is geen leesbare tekst',
    ],
    ['an empty file', '', 'het bestand is leeg'],
    ['a file cut off mid-way', '{"schemaVersion":1,"notes":[', 'het is geen geldige JSON'],
    ['a list instead of an object', '[]', 'het bestand bevat geen JSON-object'],
    [
      'a version that is no number',
      '{"schemaVersion":"een"}',
      'het versienummer (schemaVersion) is ongeldig',
    ],
  ])('names %s', (_name, text, reason) => {
    expect(parse(text)).toEqual({ kind: 'corrupt', reason });
  });

  it('points at the note that does not fit', () => {
    const text = JSON.stringify({ ...withNotes([note('a'), note('b')]) }).replace(
      '"id":"b"',
      '"id":5',
    );
    expect(parse(text)).toEqual({ kind: 'corrupt', reason: 'onverwachte inhoud bij notes.1.id' });
  });

  it('points at a note whose id was used before', () => {
    const text = JSON.stringify(withNotes([note('a'), note('b'), note('a', 'Nog een')]));
    expect(parse(text)).toEqual({ kind: 'corrupt', reason: 'onverwachte inhoud bij notes.2' });
  });

  it.each([
    ['a note that is no object', 'null'],
    ['a note that is a list', '["a"]'],
    ['a note without an id', '{"body":"Zonder id"}'],
    ['a note with a number for an id', '{"id":7}'],
  ])('sets aside a file it sealed itself when it holds %s', (_name, raw) => {
    // As a bug in the writer would leave it: the checksum is right, the note is not.
    const sealed = serializeStore({ ...withNotes([]), notes: [JSON.parse(raw)] });
    expect(parse(sealed)).toMatchObject({ kind: 'corrupt' });
  });
});

describe('parseStoreText: a good file', () => {
  it('reads a file this version wrote, with its text, not as migrated', () => {
    const text = serializeStore(withNotes([note('a')]));
    expect(parse(text)).toEqual({
      kind: 'good',
      data: withNotes([note('a')]),
      text,
      migratedFrom: null,
    });
  });

  it('reads an old file as migrated, saying from which version', () => {
    const text = JSON.stringify({ notes: [note('a')] });
    expect(parse(text)).toMatchObject({
      kind: 'good',
      data: { schemaVersion: CURRENT_SCHEMA_VERSION, notes: [note('a')] },
      text,
      migratedFrom: 0,
    });
  });
});

describe('parseStoreText: a file from a newer version', () => {
  it('shows its notes when they still fit this version', () => {
    const text = JSON.stringify({ ...withNotes([note('a')]), schemaVersion: 4, nieuw: true });
    expect(parse(text)).toEqual({ kind: 'newer', version: 4, data: withNotes([note('a')]) });
  });

  it('shows nothing rather than half of notes that no longer fit', () => {
    const text = JSON.stringify({ schemaVersion: 4, notes: [{ id: 'a', tekst: 'anders' }] });
    expect(parse(text)).toEqual({ kind: 'newer', version: 4, data: null });
  });
});

describe('readStoreFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'naslag-store-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('tells a missing file from one it may not read', async () => {
    const file = join(dir, 'naslag.json');
    expect(await readStoreFile(nodeStoreFs, file)).toEqual({ kind: 'missing' });
    await writeFile(file, serializeStore(withNotes([])));
    const faulty = faultyFs();
    faulty.fail({ op: 'readFile', code: 'EACCES' });
    expect(await readStoreFile(faulty.fs, file)).toEqual({ kind: 'unreadable', code: 'EACCES' });
  });

  it('calls a read error without a code unreadable for an unknown reason', async () => {
    const fs: StoreFs = {
      ...nodeStoreFs,
      readFile: () => Promise.reject(new Error('stuk')),
    };
    expect(await readStoreFile(fs, join(dir, 'naslag.json'))).toEqual({
      kind: 'unreadable',
      code: 'onbekend',
    });
  });

  it('reads through the store adapter, which keeps what it found and refuses a damaged file', async () => {
    const file = join(dir, 'naslag.json');
    const adapter = new DurableStoreFile(file, nodeStoreFs, 'linux');
    expect(await adapter.read()).toBeNull();
    expect(adapter.lastRead).toEqual({ kind: 'missing' });

    await adapter.write(withNotes([note('a')]));
    expect(await readFile(file, 'utf8')).toBe(serializeStore(withNotes([note('a')])));
    expect(await adapter.read()).toEqual(withNotes([note('a')]));

    await writeFile(file, '{ kapot');
    const problem = await adapter.read().catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(StoreFileProblem);
    expect((problem as StoreFileProblem).content).toEqual({
      kind: 'corrupt',
      reason: 'het is geen geldige JSON',
    });
    expect(adapter.lastRead).toEqual((problem as StoreFileProblem).content);
  });
});
