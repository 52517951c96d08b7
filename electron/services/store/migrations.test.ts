import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from './migrations';
import type { Migration } from './migrations';
import { StoreDataSchema } from './schema';

/** A file as the unversioned layout wrote it: no schemaVersion, a note without tags or colour. */
const v0File = {
  notes: [
    {
      id: 'n1',
      letterId: 'kst-31015-81',
      paragraphId: 'opening-2',
      quote: { exact: 'voortgang', prefix: 'over de ', suffix: ' van de' },
      position: { start: 60, end: 69 },
      body: 'Vergelijken met nr. 90',
      created: '2013-01-01T10:00:00.000Z',
      modified: '2013-01-01T10:00:00.000Z',
    },
  ],
  settings: {
    theme: 'dark',
    fontScale: 1.2,
    recentSearches: ['encryptie'],
    syncScroll: false,
    compareSplit: 0.4,
  },
};

describe('migrateToCurrent', () => {
  it('brings an unversioned (v0) file to v1 without losing its notes or settings', () => {
    const outcome = migrateToCurrent(structuredClone(v0File));
    expect(outcome.kind).toBe('migrated');
    if (outcome.kind !== 'migrated') return;
    expect(outcome.fromVersion).toBe(0);
    const data = StoreDataSchema.parse(outcome.data);
    expect(data.schemaVersion).toBe(1);
    expect(data.notes[0]).toMatchObject({
      id: 'n1',
      body: 'Vergelijken met nr. 90',
      color: 'yellow',
      tags: [],
    });
    expect(data.settings).toEqual(v0File.settings);
    expect(data.readingPositions).toEqual({});
  });

  it('leaves a current file as it is', () => {
    const current = { schemaVersion: 1, notes: [], settings: {}, readingPositions: {} };
    expect(migrateToCurrent(current)).toEqual({ kind: 'current', data: current });
  });

  it('recognises a file from a newer version instead of migrating it', () => {
    expect(migrateToCurrent({ schemaVersion: 7, notes: [] })).toMatchObject({
      kind: 'newer',
      version: 7,
    });
  });

  it('calls a file with a nonsense version or no object invalid', () => {
    expect(migrateToCurrent({ schemaVersion: 'een' })).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent({ schemaVersion: -1 })).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent([1, 2])).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent(null)).toMatchObject({ kind: 'invalid' });
  });

  it.each([
    ['an empty object', {}],
    ['notes as an object instead of a list', { notes: { n1: v0File.notes[0] } }],
    ['notes as text', { notes: 'Vergelijken met nr. 90' }],
    ['a list holding something other than notes', { notes: ['n1', 2] }],
    ['settings that are not an object', { notes: [], settings: 'donker' }],
    ['fields version 0 never had', { notes: [], aantekeningen: [] }],
    ['no notes at all', { settings: v0File.settings }],
  ])('calls an unversioned file with %s invalid, never version 0', (_name, parsed) => {
    expect(migrateToCurrent(parsed)).toEqual({
      kind: 'invalid',
      reason: 'het heeft geen versienummer en niet de vorm van een notitiebestand',
    });
  });

  it('takes an unversioned file with an empty list of notes as version 0', () => {
    expect(migrateToCurrent({ notes: [] })).toMatchObject({ kind: 'migrated', fromVersion: 0 });
  });

  it('runs the steps of the table in order, one version at a time', () => {
    const seen: number[] = [];
    const table: Record<number, Migration> = {
      1: { reason: 'test', up: (data) => (seen.push(1), { ...data, schemaVersion: 2, b: true }) },
      2: { reason: 'test', up: (data) => (seen.push(2), { ...data, schemaVersion: 3, c: data.b }) },
    };
    expect(migrateToCurrent({ schemaVersion: 1 }, table, 3)).toEqual({
      kind: 'migrated',
      fromVersion: 1,
      data: { schemaVersion: 3, b: true, c: true },
    });
    expect(seen).toEqual([1, 2]);
    expect(migrateToCurrent({ schemaVersion: 0 }, table, 3)).toMatchObject({ kind: 'invalid' });
  });
});

describe('migrating an old file keeps what the user had', () => {
  it('keeps the reading positions of an unversioned file', () => {
    const readingPositions = { 'kst-31015-81': { paragraphId: 'opening-2', offset: 120 } };
    const outcome = migrateToCurrent({ ...structuredClone(v0File), readingPositions });
    expect(outcome).toMatchObject({ kind: 'migrated', data: { readingPositions } });
  });

  it('keeps a colour and tags an old note already had', () => {
    const tagged = { ...v0File.notes[0], color: 'blue', tags: ['encryptie'] };
    const outcome = migrateToCurrent({ notes: [tagged] });
    expect(outcome).toMatchObject({ kind: 'migrated', data: { notes: [tagged] } });
  });

  it('migrates a file that says it is version 0', () => {
    expect(migrateToCurrent({ schemaVersion: 0, notes: [] })).toMatchObject({
      kind: 'migrated',
      fromVersion: 0,
      data: { schemaVersion: 1, notes: [] },
    });
  });

  it.each([
    ['a fraction', 1.5],
    ['a negative number', -1],
    ['text', '1'],
  ])('says the version number is invalid when it is %s', (_name, schemaVersion) => {
    expect(migrateToCurrent({ schemaVersion, notes: [] })).toEqual({
      kind: 'invalid',
      reason: 'het versienummer (schemaVersion) is ongeldig',
    });
  });

  it('calls an unversioned file whose reading positions are not an object invalid', () => {
    expect(migrateToCurrent({ notes: [], readingPositions: ['kst-31015-81'] })).toMatchObject({
      kind: 'invalid',
    });
  });

  it('names the version it has no step for', () => {
    const table: Record<number, Migration> = {};
    expect(migrateToCurrent({ schemaVersion: 1 }, table, 2)).toEqual({
      kind: 'invalid',
      reason: 'geen omzetting bekend van versie 1',
    });
  });
});
